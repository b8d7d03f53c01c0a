import { cellValue, decodeText, fileKind, FileProblem, MAX_UNPACKED_BYTES, readSpreadsheet } from './sheet-reader';
import { tablesToXlsx } from './xlsx-writer';
import { storedZip } from '../testing/stored-zip';

const read = (buffer: Buffer, maxRows = 100) => readSpreadsheet({ buffer, originalname: 'fil.csv' }, { sheet: 'Besparelser', maxRows });

async function problem(promise: Promise<unknown>): Promise<FileProblem> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  if (!(error instanceof FileProblem)) throw new Error(`expected a FileProblem, got ${String(error)}`);
  return error;
}

describe('fileKind', () => {
  it('tells files apart by content', () => {
    expect(fileKind(Buffer.alloc(0))).toBe('empty');
    expect(fileKind(Buffer.from('PK\x03\x04rest'))).toBe('xlsx');
    expect(fileKind(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]))).toBe('ole');
    expect(fileKind(Buffer.from('%PDF-1.7\n\x00\x01binary'))).toBe('binary');
    expect(fileKind(Buffer.from('\uFEFFId;Status\r\n1;\tx\n'))).toBe('text');
    expect(fileKind(Buffer.from('PK;is a code\n'))).toBe('text');
  });
});

describe('decodeText', () => {
  it('reads UTF-8, and falls back to Windows-1252 as Danish Excel saves CSV', () => {
    expect(decodeText(Buffer.from('Ældre;Økonomi', 'utf8'))).toBe('Ældre;Økonomi');
    expect(decodeText(Buffer.from([0xc6, 0x6c, 0x64, 0x72, 0x65, 0x3b, 0xd8]))).toBe('Ældre;Ø');
  });
});

describe('readSpreadsheet: CSV', () => {
  it('reads ; files with decimal comma and , files with decimal point, skipping empty lines', async () => {
    const semicolon = await read(Buffer.from('\uFEFFId;Beløb\r\n\r\n1;-1250,50\r\n;\r\n'));
    expect(semicolon).toMatchObject({ sheet: 'fil.csv', format: 'csv', decimal: ',', header: { row: 1, cells: ['Id', 'Beløb'] } });
    expect(semicolon.rows).toEqual([{ row: 3, cells: ['1', '-1250,50'] }]);
    expect((await read(Buffer.from('Id,Beløb\n1,-1250.50\n'))).decimal).toBe('.');
  });

  it('refuses an empty file, an unclosed quote and too many rows', async () => {
    expect((await problem(read(Buffer.alloc(0)))).message).toBe('Filen er tom');
    expect((await problem(read(Buffer.from('\uFEFF\r\n;;\r\n')))).message).toBe('Filen er tom');
    expect((await problem(read(Buffer.from('Id;K\n1;"åben\n')))).message).toMatch(/anførselstegn i række 2/);
    const tooMany = await problem(read(Buffer.from(`Id\n${'1\n'.repeat(101)}`)));
    expect(tooMany).toMatchObject({ status: 413, message: 'Filen har 101 rækker; højst 100 kan importeres ad gangen. Del filen op.' });
    await expect(read(Buffer.from(`Id\n${'1\n'.repeat(100)}`))).resolves.toBeDefined();
  });

  it('refuses binary files and old .xls files with a message saying what to do', async () => {
    expect((await problem(read(Buffer.from('%PDF-1.7\x00')))).message).toMatch(/hverken en Excel-fil \(.xlsx\) eller en CSV-fil/);
    expect((await problem(read(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0])))).message).toMatch(/gammel Excel-fil \(.xls\)/);
  });
});

describe('readSpreadsheet: XLSX', () => {
  const table = { sheet: 'Besparelser', columns: [{ header: 'Id', kind: 'text' as const }], rows: [['a'], ['b'], ['c']] };

  it('counts rows against the limit (header excluded)', async () => {
    const buffer = await tablesToXlsx([table]);
    expect((await read(buffer, 3)).rows).toHaveLength(3);
    expect(await problem(read(buffer, 2))).toMatchObject({ status: 413, message: 'Filen har 3 rækker; højst 2 kan importeres ad gangen. Del filen op.' });
  });

  it('refuses a broken zip, a zip that is no workbook, and one that claims to unpack to too much', async () => {
    const buffer = await tablesToXlsx([table]);
    expect(await problem(read(buffer.subarray(0, buffer.length / 2)))).toMatchObject({ status: 400, message: expect.stringMatching(/beskadiget Excel-fil/) });
    expect((await problem(read(storedZip([{ name: 'word/document.xml', data: '<w/>' }])))).message).toMatch(/hverken en Excel-fil/);
    const bomb = storedZip([{ name: 'xl/workbook.xml', data: '<w/>', claimedSize: MAX_UNPACKED_BYTES + 1 }]);
    expect(await problem(read(bomb))).toMatchObject({ status: 413 });
  });

  it('refuses a workbook whose parts cannot be read, rather than failing', async () => {
    const broken = storedZip([{ name: 'xl/workbook.xml', data: '<workbook' }, { name: 'xl/worksheets/sheet1.xml', data: '<<<' }]);
    expect((await problem(read(broken))).status).toBe(400);
  });
});

describe('cellValue', () => {
  it('turns exceljs values into plain cells', () => {
    expect(cellValue(undefined)).toBeNull();
    expect(cellValue({ richText: [{ text: 'I ' }, { text: 'risiko' }] })).toBe('I risiko');
    expect(cellValue({ formula: 'A1*2', result: 2500 })).toBe(2500);
    expect(cellValue({ formula: 'A1*2' })).toEqual({ error: 'en formel uden beregnet værdi (indsæt værdien i stedet)' });
    expect(cellValue({ formula: '1/0', result: { error: '#DIV/0!' } })).toEqual({ error: 'fejlen #DIV/0!' });
    expect(cellValue({ text: 'link', hyperlink: 'https://x' })).toBe('link');
  });
});
