import * as ExcelJS from 'exceljs';
import { readSpreadsheet } from './sheet-reader';
import { Table } from './table';
import { tablesToXlsx } from './xlsx-writer';

const table: Table = {
  sheet: 'Besparelser',
  columns: [
    { header: 'Id', kind: 'text', hidden: true },
    { header: 'År', kind: 'integer' },
    { header: 'Forventet (kr.)', kind: 'wholeKroner' },
    { header: 'Prognose (kr.)', kind: 'kroner' },
    { header: 'Status', kind: 'text' },
    { header: 'Grad', kind: 'rate' },
  ],
  rows: [
    ['a1', 2014, '26000000', '-1250.50', 'I risiko', '0.2500'],
    ['a2', 2015, '0', null, '=SUM(A1)', null],
    ['a3', 2016, '99999999999999', '12345678901234.56', 'På sporet', { kind: 'text', value: 'I alt' }],
  ],
  list: { column: 4, values: ['På sporet', 'I risiko'] },
};

async function load(buffer: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook.getWorksheet('Besparelser') as ExcelJS.Worksheet;
}

describe('tablesToXlsx', () => {
  let sheet: ExcelJS.Worksheet;
  beforeAll(async () => {
    sheet = await load(await tablesToXlsx([table]));
  });

  it('writes a bold Danish header row, frozen, with an autofilter', () => {
    expect(sheet.getRow(1).values).toEqual([undefined, 'Id', 'År', 'Forventet (kr.)', 'Prognose (kr.)', 'Status', 'Grad']);
    expect(sheet.getRow(1).getCell(3).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:F1');
  });

  it('writes amounts as numbers with Danish number formats, and text as text (a formula-like text stays text)', () => {
    const row = sheet.getRow(2);
    expect(row.getCell(2).value).toBe(2014);
    expect(row.getCell(3)).toMatchObject({ value: 26000000, numFmt: '#,##0' });
    expect(row.getCell(4)).toMatchObject({ value: -1250.5, numFmt: '#,##0.00' });
    expect(row.getCell(6)).toMatchObject({ value: 0.25, numFmt: '0.00%' });
    expect(sheet.getRow(3).getCell(5).value).toBe('=SUM(A1)');
    expect(sheet.getRow(3).getCell(5).type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getRow(3).getCell(4).value).toBeNull();
  });

  it('keeps an amount Excel would round as text, and lets a cell have a kind of its own', () => {
    expect(sheet.getRow(4).getCell(3).value).toBe(99999999999999);
    expect(sheet.getRow(4).getCell(4).value).toBe('12345678901234.56');
    expect(sheet.getRow(4).getCell(6).value).toBe('I alt');
  });

  it('hides the id column, fits widths to the content, and offers the list values in a drop-down', () => {
    expect(sheet.getColumn(1).hidden).toBe(true);
    expect(sheet.getColumn(3).width).toBe('99.999.999.999.999'.length + 2);
    expect(sheet.getColumn(2).width).toBe(6);
    expect(sheet.getColumn(4).width).toBe('12.345.678.901.234,56'.length + 2);
    expect(sheet.getCell('E3').dataValidation).toMatchObject({ type: 'list', formulae: ['"På sporet,I risiko"'] });
  });
});

describe('readSpreadsheet on what tablesToXlsx wrote', () => {
  it('reads the chosen sheet back with its header, row numbers and typed cells', async () => {
    const other: Table = { sheet: 'Noter', columns: [{ header: 'X', kind: 'text' }], rows: [['y']] };
    const buffer = await tablesToXlsx([other, table]);
    const read = await readSpreadsheet({ buffer, originalname: 'b.xlsx' }, { sheet: 'Besparelser', maxRows: 10 });
    expect(read).toMatchObject({ sheet: 'Besparelser', format: 'xlsx', decimal: ',' });
    expect(read.header?.cells[2]).toBe('Forventet (kr.)');
    expect(read.rows.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(read.rows[0].cells).toEqual(['a1', 2014, 26000000, -1250.5, 'I risiko', 0.25]);
  });

  it('takes the first sheet when none has the wanted name', async () => {
    const read = await readSpreadsheet({ buffer: await tablesToXlsx([table]), originalname: 'b.xlsx' }, { sheet: 'Andet', maxRows: 10 });
    expect(read.sheet).toBe('Besparelser');
  });
});
