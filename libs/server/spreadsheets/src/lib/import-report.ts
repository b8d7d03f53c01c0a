import { Read } from './cell-values';
import { SheetData, SheetRow } from './sheet-reader';

/**
 * One thing wrong with an uploaded file: where (sheet, row as the spreadsheet program numbers
 * it, column header) and what, in Danish. Problems with the whole file have no row or column.
 */
export interface ImportError {
  sheet: string | null;
  row: number | null;
  column: string | null;
  message: string;
}

/** A file-level problem (no sheet, row or column). */
export function fileError(message: string, sheet: string | null = null): ImportError {
  return { sheet, row: null, column: null, message };
}

/**
 * A cell's problem. The message starts with what the value is, as API messages start with
 * the field's name: the column's header, or `subject` where a column holds many kinds of value.
 */
export function cellError(sheet: string, row: number | null, column: string, message: string, subject = column): ImportError {
  return { sheet, row, column, message: `${subject}: ${message}` };
}

/** How a checked import is refused: 400 when the file has errors, else 409 when it has conflicts; undefined when it is not. */
export function refusal(errors: number, conflicts = 0): { status: 400 | 409; message: string } | undefined {
  if (errors) return { status: 400, message: `Filen har ${errors} fejl; intet er gemt` };
  if (conflicts) return { status: 409, message: `${conflicts} ${conflicts === 1 ? 'række er' : 'rækker er'} ændret af andre siden eksporten; intet er gemt` };
  return undefined;
}

/** A column an import reads: found by its Danish header or its API field name, in any case. */
export interface ColumnSpec {
  header: string;
  field: string;
  required: boolean;
}

/** "Prognose (kr.)", "prognose" and "forecast" all name the same column. */
function headerKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

function namesOf(spec: ColumnSpec): string[] {
  return [spec.header, spec.header.replace(/\s*\(.*\)$/, ''), spec.field].map(headerKey);
}

/**
 * Where each wanted column is in the sheet's header row; an error for every required column
 * that is missing and every column that appears twice.
 */
export function findColumns<K extends string>(sheet: SheetData, specs: Record<K, ColumnSpec>): { index: Partial<Record<K, number>>; errors: ImportError[] } {
  const headers = (sheet.header?.cells ?? []).map((cell) => (typeof cell === 'string' ? headerKey(cell) : ''));
  const index: Partial<Record<K, number>> = {};
  const errors: ImportError[] = [];
  for (const key of Object.keys(specs) as K[]) {
    const names = namesOf(specs[key]);
    const found = headers.flatMap((h, i) => (names.includes(h) ? [i] : []));
    if (found.length > 1) errors.push(cellError(sheet.sheet, sheet.header?.row ?? 1, specs[key].header, 'kolonnen står mere end én gang'));
    else if (found.length === 1) index[key] = found[0];
    else if (specs[key].required) errors.push(cellError(sheet.sheet, sheet.header?.row ?? 1, specs[key].header, 'kolonnen mangler i overskriftsrækken'));
  }
  return { index, errors };
}

/**
 * Reads one cell of a row with `read`; on failure adds a cell error and returns undefined.
 * A column the sheet does not have reads as an empty cell.
 */
export function field<T>(
  sheet: SheetData,
  row: SheetRow,
  column: number | undefined,
  header: string,
  read: (cell: SheetRow['cells'][number]) => Read<T>,
  errors: ImportError[],
): T | undefined {
  const result = read(column === undefined ? null : (row.cells[column] ?? null));
  if (result.ok) return result.value;
  errors.push(cellError(sheet.sheet, row.row, header, result.error));
  return undefined;
}
