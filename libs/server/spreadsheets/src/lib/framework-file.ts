import { FrameworkDto } from '@budgetspor/server/frameworks';
import { readDate, readDecimal, readInteger, readRequiredText, readText } from './cell-values';
import { cellError, ColumnSpec, findColumns, ImportError } from './import-report';
import { SheetData, SheetRow } from './sheet-reader';
import { CellData, Table } from './table';

/**
 * The framework file (rammeudmelding): one sheet, one row per value, in sections. `Info`
 * rows describe the revision the file came from and are ignored by the import; `Ramme`
 * holds decidedOn, decidedBy, title and allocationMethod; `Pulje` one row per year of the
 * period (whole kroner); `Sporvægt` one row per track and its weight. Rows may be added or
 * removed (a track more, a track less). The same layout works as CSV.
 */
export const FRAMEWORK_SHEET = 'Rammeudmelding';

const SECTIONS = { info: 'Info', frame: 'Ramme', pool: 'Pulje', weight: 'Sporvægt' } as const;

/** The Ramme keys: the import accepts the key or its Danish label. */
const FRAME_FIELDS = {
  decidedOn: { label: 'Besluttet den', description: 'Besluttet den (ÅÅÅÅ-MM-DD)' },
  decidedBy: { label: 'Besluttet af', description: 'Besluttet af, fx ØU' },
  title: { label: 'Titel', description: 'Titel' },
  allocationMethod: { label: 'Fordelingsmetode', description: 'Fordelingsmetode: top_down (ØU fordeler efter vægt) eller bids (bud)' },
} as const;
type FrameField = keyof typeof FRAME_FIELDS;

const COLUMNS = {
  section: { header: 'Afsnit', field: 'section', required: true },
  key: { header: 'Nøgle', field: 'key', required: true },
  description: { header: 'Beskrivelse', field: 'description', required: false },
  value: { header: 'Værdi', field: 'value', required: true },
} as const satisfies Record<string, ColumnSpec>;

/** A revision as the framework file; `trackNames` gives the descriptions of the weight rows. */
export function frameworkTable(framework: FrameworkDto, trackNames: ReadonlyMap<string, string>): Table {
  const text = (value: string): CellData => ({ kind: 'text', value });
  const rows: CellData[][] = [
    [SECTIONS.info, 'budgetYear', 'Budgetår', { kind: 'integer', value: framework.budgetYear }],
    [SECTIONS.info, 'revision', 'Revision', { kind: 'integer', value: framework.revision }],
    [SECTIONS.info, 'createdAt', 'Oprettet', text(framework.createdAt)],
    [SECTIONS.info, 'createdBy', 'Oprettet af', text(framework.createdBy)],
    ...(Object.keys(FRAME_FIELDS) as FrameField[]).map((key) => [SECTIONS.frame, key, FRAME_FIELDS[key].description, text(framework[key])]),
    ...Object.entries(framework.pool).map(([year, amount]) => [SECTIONS.pool, year, `Innovationspulje ${year} (hele kr.)`, { kind: 'wholeKroner', value: amount } as CellData]),
    ...framework.trackWeights.map((w) => [SECTIONS.weight, w.trackCode, trackNames.get(w.trackCode) ?? '', { kind: 'decimal', value: w.weight } as CellData]),
  ];
  return {
    sheet: FRAMEWORK_SHEET,
    columns: [
      { header: COLUMNS.section.header, kind: 'text' },
      { header: COLUMNS.key.header, kind: 'text' },
      { header: COLUMNS.description.header, kind: 'text' },
      { header: COLUMNS.value.header, kind: 'text' },
    ],
    rows,
  };
}

/** Where a value of the request body came from, and what to call it in a message. */
export interface SourceCell {
  row: number | null;
  column: string;
  label: string;
}

/** The body of POST …/frameworks as the file has it (not yet validated), and each value's cell. */
export interface FrameworkFile {
  body: {
    decidedOn?: string;
    decidedBy?: string;
    title?: string;
    allocationMethod?: string;
    pool: Record<string, string>;
    trackWeights: { trackCode: string; weight: string }[];
  };
  /** By the body's paths: "decidedOn", "pool.2014", "trackWeights.0.weight". */
  sources: Map<string, SourceCell>;
  errors: ImportError[];
}

type Index = Partial<Record<keyof typeof COLUMNS, number>>;

/** Reads the sheet into the body of a new revision; errors for unknown sections or keys, repeats and unreadable cells. */
export function readFrameworkSheet(sheet: SheetData): FrameworkFile {
  const { index, errors } = findColumns(sheet, COLUMNS);
  const file: FrameworkFile = { body: { pool: {}, trackWeights: [] }, sources: new Map(), errors };
  if (errors.length) return file;
  for (const row of sheet.rows) readRow(sheet, row, index, file);
  return file;
}

function readRow(sheet: SheetData, row: SheetRow, index: Index, file: FrameworkFile): void {
  const cell = (column: number | undefined) => (column === undefined ? null : (row.cells[column] ?? null));
  const fail = (column: string, message: string): void => void file.errors.push(cellError(sheet.sheet, row.row, column, message));
  const section = readText(cell(index.section), sheet);
  const key = readRequiredText(cell(index.key), sheet);
  if (!section.ok) return fail(COLUMNS.section.header, section.error);
  const name = section.value.trim().toLowerCase();
  if (name === SECTIONS.info.toLowerCase()) return;
  if (!key.ok) return fail(COLUMNS.key.header, key.error);
  const value = cell(index.value);
  if (name === SECTIONS.frame.toLowerCase()) return readFrameRow(sheet, row.row, key.value, value, file);
  if (name === SECTIONS.pool.toLowerCase()) return readPoolRow(sheet, row.row, key.value, value, file);
  if (name === SECTIONS.weight.toLowerCase()) return readWeightRow(sheet, row.row, key.value, value, file);
  fail(COLUMNS.section.header, `skal være ${Object.values(SECTIONS).join(', ')}, ikke "${section.value}"`);
}

const FRAME_KEYS = new Map<string, FrameField>(
  (Object.keys(FRAME_FIELDS) as FrameField[]).flatMap((k) => [[k.toLowerCase(), k], [FRAME_FIELDS[k].label.toLowerCase(), k]]),
);

function readFrameRow(sheet: SheetData, row: number, keyText: string, cell: SheetRow['cells'][number], file: FrameworkFile): void {
  const key = FRAME_KEYS.get(keyText.toLowerCase());
  if (!key) return void file.errors.push(cellError(sheet.sheet, row, COLUMNS.key.header, `${SECTIONS.frame} har ingen nøgle "${keyText}"; brug ${Object.keys(FRAME_FIELDS).join(', ')}`));
  if (!remember(sheet, row, key, { row, column: COLUMNS.value.header, label: FRAME_FIELDS[key].label }, file)) return;
  const read = key === 'decidedOn' ? readDate(cell, sheet) : readText(cell, sheet);
  if (!read.ok) return void file.errors.push(cellError(sheet.sheet, row, COLUMNS.value.header, read.error, FRAME_FIELDS[key].label));
  if (read.value !== null && read.value.trim() !== '') file.body[key] = read.value.trim();
}

function readPoolRow(sheet: SheetData, row: number, keyText: string, cell: SheetRow['cells'][number], file: FrameworkFile): void {
  const year = readInteger(keyText, sheet);
  if (!year.ok || year.value === null) return void file.errors.push(cellError(sheet.sheet, row, COLUMNS.key.header, `skal være et år i budgetperioden, fx 2014, ikke "${keyText}"`));
  if (!remember(sheet, row, `pool.${year.value}`, { row, column: COLUMNS.value.header, label: `Pulje ${year.value}` }, file)) return;
  const amount = readDecimal(cell, sheet, '100000000');
  if (!amount.ok) return void file.errors.push(cellError(sheet.sheet, row, COLUMNS.value.header, amount.error, `Pulje ${year.value}`));
  if (amount.value === null) return void file.errors.push(cellError(sheet.sheet, row, COLUMNS.value.header, 'skal udfyldes', `Pulje ${year.value}`));
  file.body.pool[String(year.value)] = amount.value;
}

function readWeightRow(sheet: SheetData, row: number, trackCode: string, cell: SheetRow['cells'][number], file: FrameworkFile): void {
  const i = file.body.trackWeights.length;
  if (!remember(sheet, row, `track:${trackCode}`, { row, column: COLUMNS.key.header, label: `Sporet ${trackCode}` }, file)) return;
  const weight = readDecimal(cell, sheet, '0,5');
  if (!weight.ok || weight.value === null) {
    const message = weight.ok ? 'skal udfyldes' : weight.error;
    return void file.errors.push(cellError(sheet.sheet, row, COLUMNS.value.header, message, `Vægt for ${trackCode}`));
  }
  file.body.trackWeights.push({ trackCode, weight: weight.value });
  file.sources.set(`trackWeights.${i}`, { row, column: COLUMNS.key.header, label: `Sporet ${trackCode}` });
  file.sources.set(`trackWeights.${i}.trackCode`, { row, column: COLUMNS.key.header, label: `Sporet ${trackCode}` });
  file.sources.set(`trackWeights.${i}.weight`, { row, column: COLUMNS.value.header, label: `Vægt for ${trackCode}` });
}

/** Records where a key's value came from; false (and an error) when the key was already given. */
function remember(sheet: SheetData, row: number, path: string, source: SourceCell, file: FrameworkFile): boolean {
  const earlier = file.sources.get(path);
  if (earlier) {
    file.errors.push(cellError(sheet.sheet, row, COLUMNS.key.header, `står også i række ${earlier.row}`, source.label));
    return false;
  }
  file.sources.set(path, source);
  return true;
}

/**
 * Validation messages of the body ("trackWeights.0.weight: skal være …", "pool.2017: mangler …")
 * as errors at the cells the values came from; a value the file lacks is named by its section.
 * A cell that could not be read at all (`file.errors`) is not reported a second time.
 */
export function locateMessages(sheet: string, messages: readonly string[], file: Pick<FrameworkFile, 'sources' | 'errors'>): ImportError[] {
  const reported = new Set(file.errors.map((e) => `${e.row}/${e.column}`));
  return messages.flatMap((text) => {
    const at = text.indexOf(': ');
    const [path, message] = at < 0 ? ['', text] : [text.slice(0, at), text.slice(at + 2)];
    const source = file.sources.get(path);
    if (!source) return [{ sheet, row: null, column: null, message: `${describeMissing(path)}: ${message}` }];
    return reported.has(`${source.row}/${source.column}`) ? [] : [cellError(sheet, source.row, source.column, message, source.label)];
  });
}

function describeMissing(path: string): string {
  if (path in FRAME_FIELDS) return `${FRAME_FIELDS[path as FrameField].label} (rækken ${SECTIONS.frame} / ${path} mangler)`;
  if (path.startsWith('pool.')) return `${SECTIONS.pool} ${path.slice('pool.'.length)}`;
  if (path === 'pool') return SECTIONS.pool;
  if (path === 'trackWeights') return SECTIONS.weight;
  return path || 'Filen';
}
