import * as ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import { finished } from 'node:stream/promises';
import { decimalToSheetValue } from './numbers';
import { columnWidths, ColumnKind, Table, unwrap } from './table';

/**
 * Excel's number formats; Danish Excel shows `#,##0.00` as 1.250,50. Text cells get none:
 * a style on every cell costs the writer more time than the rest of the row.
 */
const NUM_FMT: Record<ColumnKind, string | undefined> = {
  text: undefined,
  integer: '0',
  wholeKroner: '#,##0',
  kroner: '#,##0.00',
  decimal: 'General',
  rate: '0.00%',
};

/** The most characters Excel lets one cell hold; longer text would make it refuse the file. */
export const MAX_CELL_TEXT = 32_767;

/**
 * An XLSX workbook with one sheet per table: a bold, frozen header row with an autofilter,
 * column widths that fit, real numbers with Danish number formats, and optional drop-down
 * lists. Written with exceljs' streaming writer (each row is committed as it is written, so
 * the workbook model never holds every row) into one buffer.
 */
export async function tablesToXlsx(tables: Table[]): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = finished(out);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Budgetspor';
  for (const table of tables) writeSheet(workbook, table);
  await workbook.commit();
  await done;
  return Buffer.concat(chunks);
}

function writeSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, table: Table): void {
  const sheet = workbook.addWorksheet(table.sheet, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  const widths = columnWidths(table);
  sheet.columns = table.columns.map((column, i) => ({
    header: column.header,
    key: String(i),
    width: widths[i],
    hidden: column.hidden ?? false,
    style: NUM_FMT[column.kind] ? { numFmt: NUM_FMT[column.kind] } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  for (const row of table.rows) {
    const added = sheet.addRow(table.columns.map((column, i) => sheetValue(unwrap(column, row[i] ?? null))));
    table.columns.forEach((column, i) => {
      const cell = unwrap(column, row[i] ?? null);
      const numFmt = NUM_FMT[cell.kind];
      if (cell.kind !== column.kind && numFmt) added.getCell(i + 1).numFmt = numFmt;
    });
    added.commit();
  }
  if (table.list && table.rows.length > 0) {
    const letter = sheet.getColumn(table.list.column + 1).letter;
    // The streaming writer has them, its type declarations do not.
    (sheet as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }).dataValidations.add(`${letter}2:${letter}${table.rows.length + 1}`, {
      type: 'list',
      allowBlank: false,
      formulae: [`"${table.list.values.join(',')}"`],
      showErrorMessage: true,
      errorTitle: 'Ugyldig værdi',
      error: `Vælg en af: ${table.list.values.join(', ')}`,
    });
  }
  sheet.commit();
}

function sheetValue({ kind, value }: { kind: ColumnKind; value: string | number | null }): string | number | null {
  if (value === null) return null;
  if (kind === 'text') return String(value).slice(0, MAX_CELL_TEXT);
  if (kind === 'integer') return Number(value);
  return decimalToSheetValue(String(value));
}
