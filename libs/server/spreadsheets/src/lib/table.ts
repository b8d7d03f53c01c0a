import { priceLevelLabel } from '@budgetspor/server/price-levels';
import { groupThousands } from '@budgetspor/shared/money';
import { csvText, Delimiter, guardFormula } from './csv';
import { DecimalMark, withDecimalMark } from './numbers';

/**
 * How a column's values are written. Decimal kinds hold canonical API text ("1250.50");
 * `integer` holds a JS number (years, versions); `text` is free text.
 * - `wholeKroner`: pools, allocations, expected amounts (XLSX format `#,##0`)
 * - `kroner`: forecasts and realised amounts, which may have øre (`#,##0.00`)
 * - `decimal`: weights (General) · `rate`: a fraction such as "0.2500" (XLSX `0.00%`)
 */
export type ColumnKind = 'text' | 'integer' | 'wholeKroner' | 'kroner' | 'decimal' | 'rate';

export interface Column {
  /** The header in Danish, also what the import looks for. */
  header: string;
  kind: ColumnKind;
  /** XLSX only: hidden (the id and version a file needs for its way back in). */
  hidden?: boolean;
}

/**
 * A money column of an export at a chosen price level: the header names the level
 * ("Forventet (kr.)" → "Forventet (kr., 2016-pris)"), and the kind allows øre, which the
 * conversion gives even to whole-kroner amounts. Unchanged without a price level.
 */
export function atPriceLevel(column: Column, priceLevel: number | undefined): Column {
  if (priceLevel === undefined) return column;
  return { ...column, header: column.header.replace(/\(kr\.\)$/, `(kr., ${priceLevelLabel(priceLevel)})`), kind: 'kroner' };
}

/** A cell whose kind differs from its column's (the framework sheet's value column). */
export interface TypedCell {
  kind: ColumnKind;
  value: string | number;
}

export type CellData = string | number | null | TypedCell;

/** A drop-down list for one column of every data row (XLSX only). */
export interface ListValidation {
  column: number;
  values: readonly string[];
}

/** One sheet of an export: also the whole of a CSV export. */
export interface Table {
  sheet: string;
  columns: Column[];
  rows: CellData[][];
  list?: ListValidation;
}

export interface CsvOptions {
  delimiter: Delimiter;
  decimal: DecimalMark;
}

/** A cell's kind and plain value, whether or not it was typed on its own. */
export function unwrap(column: Column, cell: CellData): { kind: ColumnKind; value: string | number | null } {
  if (cell !== null && typeof cell === 'object') return cell;
  return { kind: column.kind, value: cell };
}

/** The table as CSV text: header, then rows; text cells guarded against formulas, numbers with the file's decimal mark. */
export function tableToCsv(table: Table, options: CsvOptions): string {
  const records = [table.columns.map((c) => guardFormula(c.header))];
  for (const row of table.rows) {
    records.push(table.columns.map((column, i) => csvValue(unwrap(column, row[i] ?? null), options.decimal)));
  }
  return csvText(records, options.delimiter);
}

function csvValue({ kind, value }: { kind: ColumnKind; value: string | number | null }, decimal: DecimalMark): string {
  if (value === null) return '';
  if (kind === 'text') return guardFormula(String(value));
  return withDecimalMark(String(value), decimal);
}

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

/** Column widths in characters that fit header and content as Danish Excel shows them. */
export function columnWidths(table: Table): number[] {
  return table.columns.map((column, i) => {
    let widest = column.header.length;
    for (const row of table.rows) widest = Math.max(widest, shownLength(unwrap(column, row[i] ?? null)));
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2));
  });
}

/** "26.000.000", "1.250,50", "25,00%": the length of the text a cell shows. */
export function shownLength({ kind, value }: { kind: ColumnKind; value: string | number | null }): number {
  if (value === null) return 0;
  const text = String(value);
  if (kind === 'text' || kind === 'integer') return text.length;
  if (kind === 'rate') return 8;
  const [int, frac = ''] = text.replace('-', '').split('.');
  const decimals = kind === 'kroner' ? 3 : kind === 'decimal' && frac ? frac.length + 1 : 0;
  return groupThousands(int).length + decimals + (text.startsWith('-') ? 1 : 0);
}
