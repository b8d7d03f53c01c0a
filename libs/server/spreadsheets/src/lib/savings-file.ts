import { MAX_COMMENT_LENGTH, SAVINGS_STATUSES, SavingsRowDto, SavingsStatus } from '@budgetspor/server/savings';
import { readInteger, readKroner, readRequiredText, readText, Read } from './cell-values';
import { cellError, ColumnSpec, field, findColumns, ImportError } from './import-report';
import { SheetData, SheetRow } from './sheet-reader';
import { atPriceLevel, Column, Table } from './table';

/**
 * The savings file: what the export writes and the import reads back. Rows are matched by
 * `Id`; `Version` is the version the file was exported at. Forecast, realised, status and
 * comment are what an import may change; track, committee and year are checked against the
 * row (a file whose rows were shuffled against their ids is refused); the rest is read-only.
 */
export const SAVINGS_SHEET = 'Besparelser';

export const STATUS_LABELS: Record<SavingsStatus, string> = {
  on_track: 'På sporet',
  at_risk: 'I risiko',
  off_track: 'Ikke på sporet',
  realised: 'Realiseret',
};

const COLUMNS = {
  id: { header: 'Id', field: 'id', kind: 'text', hidden: true, required: true },
  version: { header: 'Version', field: 'version', kind: 'integer', hidden: true, required: true },
  trackCode: { header: 'Spor', field: 'trackCode', kind: 'text', required: false },
  committeeCode: { header: 'Udvalg', field: 'committeeCode', kind: 'text', required: false },
  year: { header: 'År', field: 'year', kind: 'integer', required: false },
  expected: { header: 'Forventet (kr.)', field: 'expected', kind: 'wholeKroner', required: false },
  forecast: { header: 'Prognose (kr.)', field: 'forecast', kind: 'kroner', required: true },
  realised: { header: 'Realiseret (kr.)', field: 'realised', kind: 'kroner', required: true },
  status: { header: 'Status', field: 'status', kind: 'text', required: true },
  comment: { header: 'Kommentar', field: 'comment', kind: 'text', required: true },
  updatedAt: { header: 'Opdateret', field: 'updatedAt', kind: 'text', required: false },
  updatedBy: { header: 'Opdateret af', field: 'updatedBy', kind: 'text', required: false },
} as const satisfies Record<keyof SavingsRowDto, ColumnSpec & Column>;

type Key = keyof typeof COLUMNS;
const KEYS = Object.keys(COLUMNS) as Key[];

const AMOUNTS: readonly Key[] = ['expected', 'forecast', 'realised'];

/**
 * The savings rows as the export's table: status as its Danish label, with a drop-down of the
 * labels. With a price level the amount headers name it ("Prognose (kr., 2016-pris)"), and the
 * import refuses such a file: converted amounts must never be saved as the round's own.
 */
export function savingsTable(rows: SavingsRowDto[], priceLevel?: number): Table {
  const statusColumn = KEYS.indexOf('status');
  const column = (key: Key): Column => ({ header: COLUMNS[key].header, kind: COLUMNS[key].kind, hidden: 'hidden' in COLUMNS[key] });
  return {
    sheet: SAVINGS_SHEET,
    columns: KEYS.map((key) => (AMOUNTS.includes(key) ? atPriceLevel(column(key), priceLevel) : column(key))),
    rows: rows.map((row) => KEYS.map((key) => (key === 'status' ? STATUS_LABELS[row.status] : row[key]))),
    list: { column: statusColumn, values: Object.values(STATUS_LABELS) },
  };
}

/** One data row of an uploaded savings file, read and valid on its own. */
export interface SavingsFileRow {
  row: number;
  id: string;
  version: number;
  trackCode?: string;
  committeeCode?: string;
  year?: number;
  forecast: string | null;
  realised: string | null;
  status: SavingsStatus;
  comment: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** "Prognose (kr., 2016-pris)": a header `savingsTable` writes only at a chosen price level. */
const PRICED_HEADER = /\(kr\., \d{4}-pris\)$/;

/** Every data row read, or an error for each bad cell and each id that appears twice. */
export function readSavingsSheet(sheet: SheetData): { rows: SavingsFileRow[]; errors: ImportError[] } {
  const priced = sheet.header?.cells.find((cell) => typeof cell === 'string' && PRICED_HEADER.test(cell.trim()));
  if (priced !== undefined) {
    const message = 'beløbene er omregnet til et andet prisniveau (eksporteret med priceLevel); importér en eksport uden priceLevel';
    return { rows: [], errors: [cellError(sheet.sheet, sheet.header?.row ?? 1, String(priced).trim(), message)] };
  }
  const { index, errors } = findColumns<Key>(sheet, COLUMNS);
  if (errors.length) return { rows: [], errors };
  const rows: SavingsFileRow[] = [];
  const seen = new Map<string, number>();
  for (const row of sheet.rows) {
    const rowErrors: ImportError[] = [];
    const read = readRow(sheet, row, index, rowErrors);
    const id = read.id?.toLowerCase();
    if (id !== undefined && seen.has(id)) {
      rowErrors.push(cellError(sheet.sheet, row.row, COLUMNS.id.header, `rækken ${read.id} står også i række ${seen.get(id)}`));
    }
    if (id !== undefined && !seen.has(id)) seen.set(id, row.row);
    // Every field that could not be read left an error, so a row without errors is complete.
    if (rowErrors.length === 0) rows.push(read as SavingsFileRow);
    errors.push(...rowErrors);
  }
  return { rows, errors };
}

function readRow(sheet: SheetData, row: SheetRow, index: Partial<Record<Key, number>>, errors: ImportError[]): Partial<SavingsFileRow> {
  const get = <T>(key: Key, read: (cell: SheetRow['cells'][number]) => Read<T>) => field(sheet, row, index[key], COLUMNS[key].header, read, errors);
  const amount = (cell: SheetRow['cells'][number]) => readKroner(cell, sheet, { allowNegative: true });
  const optionalText = (key: Key) => (index[key] === undefined ? undefined : get(key, (cell) => readText(cell, sheet))?.trim());
  return {
    row: row.row,
    id: get('id', (cell) => check(readRequiredText(cell, sheet), (v) => UUID.test(v), 'skal være rækkens id fra eksporten; ret ikke i kolonnen')),
    version: get('version', (cell) => readVersion(readInteger(cell, sheet))),
    trackCode: optionalText('trackCode'),
    committeeCode: optionalText('committeeCode'),
    year: index.year === undefined ? undefined : (get('year', (cell) => readInteger(cell, sheet)) ?? undefined),
    forecast: get('forecast', amount),
    realised: get('realised', amount),
    status: get('status', (cell) => readStatus(readRequiredText(cell, sheet))),
    comment: get('comment', (cell) => readComment(readText(cell, sheet))),
  };
}

function readVersion(read: Read<number | null>): Read<number> {
  return read.ok && read.value !== null && read.value >= 1 ? { ok: true, value: read.value } : { ok: false, error: 'skal være rækkens version fra eksporten (et heltal fra 1)' };
}

function check<T>(read: Read<T>, test: (value: T) => boolean, message: string): Read<T> {
  return !read.ok || test(read.value) ? read : { ok: false, error: message };
}

const STATUS_BY_NAME = new Map<string, SavingsStatus>(
  SAVINGS_STATUSES.flatMap((status) => [[status, status], [STATUS_LABELS[status].toLowerCase(), status]]),
);

/** The Danish label the export writes ("I risiko") or the API's code ("at_risk"), in any case. */
export function readStatus(text: Read<string>): Read<SavingsStatus> {
  if (!text.ok) return text;
  const status = STATUS_BY_NAME.get(text.value.toLowerCase());
  if (status) return { ok: true, value: status };
  return { ok: false, error: `skal være ${Object.values(STATUS_LABELS).map((l) => `"${l}"`).join(', ')} (eller ${SAVINGS_STATUSES.join(', ')})` };
}

function readComment(text: Read<string>): Read<string> {
  if (!text.ok) return text;
  if ([...text.value].length > MAX_COMMENT_LENGTH) return { ok: false, error: `må højst være ${MAX_COMMENT_LENGTH} tegn` };
  if (text.value.includes('\u0000')) return { ok: false, error: 'må ikke indeholde tegnet \\u0000' };
  return text;
}
