import { tablesToXlsx } from './xlsx-writer';
import { storedZip } from '../testing/stored-zip';
import { zipEntries } from './zip-check';

describe('zipEntries', () => {
  it('lists the entries of a workbook with their unpacked sizes', async () => {
    const entries = zipEntries(await tablesToXlsx([{ sheet: 'Ark', columns: [{ header: 'A', kind: 'text' }], rows: [['x']] }]));
    expect(entries?.map((e) => e.name)).toEqual(expect.arrayContaining(['xl/workbook.xml', 'xl/worksheets/sheet1.xml']));
    expect(entries?.every((e) => e.unpackedSize > 0)).toBe(true);
  });

  it('reads what the directory claims, without unpacking anything', () => {
    expect(zipEntries(storedZip([{ name: 'a.txt', data: 'hej', claimedSize: 4_000_000_000 }]))).toEqual([{ name: 'a.txt', unpackedSize: 4_000_000_000 }]);
  });

  it('has no entries for a truncated or damaged archive', async () => {
    const good = storedZip([{ name: 'a.txt', data: 'hej' }]);
    expect(zipEntries(good.subarray(0, good.length - 5))).toBeUndefined();
    expect(zipEntries(Buffer.from('PK\x03\x04 ikke mere'))).toBeUndefined();
    const damaged = Buffer.from(good);
    damaged.writeUInt32LE(0, good.length - 22 - 46 - 5); // the directory entry's signature
    expect(zipEntries(damaged)).toBeUndefined();
  });
});
