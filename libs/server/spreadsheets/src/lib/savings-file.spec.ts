import { SavingsRowDto } from '@budgetspor/server/savings';
import { CellValue } from './cell-values';
import { readSavingsSheet, readStatus, savingsTable } from './savings-file';
import { SheetData } from './sheet-reader';
import { tableToCsv } from './table';

const ID = '5f0c7d2e-3b1a-4c8e-9f6d-2a4b8c1d0e7f';
const ID2 = '6f0c7d2e-3b1a-4c8e-9f6d-2a4b8c1d0e7f';
const row: SavingsRowDto = {
  id: ID, trackCode: 'SELV', committeeCode: 'SAU', year: 2014, expected: '26000000', forecast: '-1250.50', realised: null,
  status: 'at_risk', comment: '=1+1', version: 3, updatedAt: '2014-03-01T09:30:00.000Z', updatedBy: 'udvalg@odense.dk',
};
const HEADER = ['Id', 'Version', 'Spor', 'Udvalg', 'År', 'Forventet (kr.)', 'Prognose (kr.)', 'Realiseret (kr.)', 'Status', 'Kommentar', 'Opdateret', 'Opdateret af'];

function sheet(rows: CellValue[][], header: CellValue[] = HEADER, format: 'csv' | 'xlsx' = 'csv'): SheetData {
  return { sheet: 'Besparelser', format, decimal: ',', header: { row: 1, cells: header }, rows: rows.map((cells, i) => ({ row: i + 2, cells })) };
}

describe('savingsTable', () => {
  it('has the Danish headers, hides id and version, writes the status as its Danish label and offers the labels', () => {
    const table = savingsTable([row]);
    expect(table.columns.map((c) => c.header)).toEqual(HEADER);
    expect(table.columns.filter((c) => c.hidden).map((c) => c.header)).toEqual(['Id', 'Version']);
    expect(table.rows[0]).toEqual([ID, 3, 'SELV', 'SAU', 2014, '26000000', '-1250.50', null, 'I risiko', '=1+1', '2014-03-01T09:30:00.000Z', 'udvalg@odense.dk']);
    expect(table.list).toEqual({ column: 8, values: ['På sporet', 'I risiko', 'Ikke på sporet', 'Realiseret'] });
  });

  it('names the price level in the amount headers when the amounts were converted, and lets them have øre', () => {
    const table = savingsTable([{ ...row, expected: '26832000.01' }], 2016);
    expect(table.columns.map((c) => c.header)).toEqual([
      'Id', 'Version', 'Spor', 'Udvalg', 'År', 'Forventet (kr., 2016-pris)', 'Prognose (kr., 2016-pris)', 'Realiseret (kr., 2016-pris)',
      'Status', 'Kommentar', 'Opdateret', 'Opdateret af',
    ]);
    expect(table.columns.slice(5, 8).map((c) => c.kind)).toEqual(['kroner', 'kroner', 'kroner']);
    expect(table.rows[0][5]).toBe('26832000.01');
  });
});

describe('readSavingsSheet', () => {
  it('reads back what the CSV export writes', () => {
    const [, line] = tableToCsv(savingsTable([row]), { delimiter: ';', decimal: ',' }).split('\r\n');
    const { rows, errors } = readSavingsSheet(sheet([line.split(';')]));
    expect(errors).toEqual([]);
    expect(rows).toEqual([{ row: 2, id: ID, version: 3, trackCode: 'SELV', committeeCode: 'SAU', year: 2014, forecast: '-1250.50', realised: null, status: 'at_risk', comment: '=1+1' }]);
  });

  it('refuses a file whose amounts were converted to another price level, naming the column', () => {
    const [header, line] = tableToCsv(savingsTable([row], 2016), { delimiter: ';', decimal: ',' }).replace('\uFEFF', '').split('\r\n');
    const { rows, errors } = readSavingsSheet(sheet([line.split(';')], header.split(';')));
    expect(rows).toEqual([]);
    expect(errors).toEqual([
      {
        sheet: 'Besparelser', row: 1, column: 'Forventet (kr., 2016-pris)',
        message: 'Forventet (kr., 2016-pris): beløbene er omregnet til et andet prisniveau (eksporteret med priceLevel); importér en eksport uden priceLevel',
      },
    ]);
  });

  it('needs only id, version and the editable columns, found by Danish header or API name in any case', () => {
    const { rows, errors } = readSavingsSheet(sheet([[ID, 3, 1250.5, '', 'realised', 'ok']], ['ID', 'version', 'Prognose', 'REALISED', 'status', 'Kommentar'], 'xlsx'));
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({ forecast: '1250.50', realised: null, status: 'realised', comment: 'ok' });
    expect(rows[0].trackCode).toBeUndefined();
  });

  it('names each missing or repeated column', () => {
    const { errors } = readSavingsSheet(sheet([], ['Id', 'Status', 'Status', 'Kommentar']));
    expect(errors).toEqual([
      { sheet: 'Besparelser', row: 1, column: 'Version', message: 'Version: kolonnen mangler i overskriftsrækken' },
      { sheet: 'Besparelser', row: 1, column: 'Prognose (kr.)', message: 'Prognose (kr.): kolonnen mangler i overskriftsrækken' },
      { sheet: 'Besparelser', row: 1, column: 'Realiseret (kr.)', message: 'Realiseret (kr.): kolonnen mangler i overskriftsrækken' },
      { sheet: 'Besparelser', row: 1, column: 'Status', message: 'Status: kolonnen står mere end én gang' },
    ]);
  });

  it('reports every bad cell with its row and column, and a repeated id', () => {
    const good = [ID, '3', 'SELV', 'SAU', '2014', '', '10', '', 'På sporet', '', '', ''];
    const { rows, errors } = readSavingsSheet(sheet([
      good,
      ['x', '0', 'SELV', 'SAU', 'år', '', 'ti', '1,234', 'Fint', 'ok', '', ''],
      [ID, '3', 'SELV', 'SAU', '2014', '', '', '', 'I RISIKO', 'y'.repeat(4001), '', ''],
      [ID2, '1', '', '', '', '', '', '', 'on_track', '', '', ''],
    ]));
    expect(rows.map((r) => r.row)).toEqual([2, 5]);
    expect(errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [3, 'Id', 'Id: skal være rækkens id fra eksporten; ret ikke i kolonnen'],
      [3, 'Version', 'Version: skal være rækkens version fra eksporten (et heltal fra 1)'],
      [3, 'År', 'År: skal være et tal, fx 2014'],
      [3, 'Prognose (kr.)', 'Prognose (kr.): skal være et tal, fx -1250,50'],
      [3, 'Realiseret (kr.)', 'Realiseret (kr.): må højst have 2 decimaler, fx -1250,50'],
      [3, 'Status', 'Status: skal være "På sporet", "I risiko", "Ikke på sporet", "Realiseret" (eller on_track, at_risk, off_track, realised)'],
      [4, 'Kommentar', 'Kommentar: må højst være 4000 tegn'],
      [4, 'Id', `Id: rækken ${ID} står også i række 2`],
    ]);
  });
});

describe('readStatus', () => {
  it('accepts labels and codes in any case', () => {
    expect(readStatus({ ok: true, value: 'ikke på sporet' })).toEqual({ ok: true, value: 'off_track' });
    expect(readStatus({ ok: true, value: 'AT_RISK' })).toEqual({ ok: true, value: 'at_risk' });
  });
});
