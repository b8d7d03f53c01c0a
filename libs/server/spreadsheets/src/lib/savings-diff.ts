import { SavingsRowDto } from '@budgetspor/server/savings';
import { cellError, ImportError } from './import-report';
import { SavingsFileRow } from './savings-file';

/** What an import may change on a savings row. */
export const EDITABLE_FIELDS = ['forecast', 'realised', 'status', 'comment'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

/** One changed cell: the row, the field, and its value before and after, as the API writes them. */
export interface SavingsChange {
  row: number;
  id: string;
  trackCode: string;
  committeeCode: string;
  year: number;
  field: EditableField;
  old: string | null;
  new: string | null;
}

/** A row changed in the database since the file was exported, which the file would overwrite. */
export interface SavingsConflict {
  sheet: string;
  row: number;
  id: string;
  trackCode: string;
  committeeCode: string;
  year: number;
  fileVersion: number;
  currentVersion: number;
  updatedAt: string;
  updatedBy: string;
  message: string;
}

/** A row to write: as it is now, and its editable fields as the file has them. */
export interface SavingsUpdate {
  before: SavingsRowDto;
  values: Pick<SavingsRowDto, EditableField>;
}

export interface SavingsEditor {
  role: string;
  committeeCodes: readonly string[];
}

export interface SavingsDiff {
  errors: ImportError[];
  conflicts: SavingsConflict[];
  changes: SavingsChange[];
  updates: SavingsUpdate[];
}

const HEADERS: Record<'id' | 'trackCode' | 'committeeCode' | 'year', string> = { id: 'Id', trackCode: 'Spor', committeeCode: 'Udvalg', year: 'År' };

/**
 * Compares the file's rows with the database's rows of the budget year (by id). A row whose
 * editable fields equal the database's is left alone, whatever its version. A row the file
 * would change is a conflict when its version is not the current one (someone wrote since
 * the export), an error when the editor may not change its committee's rows, and otherwise
 * one change per differing field. Pure.
 */
export function diffSavings(sheet: string, budgetYear: number, fileRows: SavingsFileRow[], current: ReadonlyMap<string, SavingsRowDto>, editor: SavingsEditor): SavingsDiff {
  const diff: SavingsDiff = { errors: [], conflicts: [], changes: [], updates: [] };
  for (const file of fileRows) {
    const before = current.get(file.id.toLowerCase());
    if (!before) {
      diff.errors.push(cellError(sheet, file.row, HEADERS.id, `rækken ${file.id} findes ikke i budget ${budgetYear}; eksportér filen igen`));
      continue;
    }
    const mismatch = identityErrors(sheet, file, before);
    if (mismatch.length) {
      diff.errors.push(...mismatch);
      continue;
    }
    const fields = EDITABLE_FIELDS.filter((f) => !sameValue(file[f], before[f]));
    if (fields.length === 0) continue;
    if (file.version !== before.version) diff.conflicts.push(conflict(sheet, file, before));
    else if (!mayEdit(editor, before.committeeCode)) diff.errors.push(forbidden(sheet, file, before, editor));
    else {
      diff.changes.push(...fields.map((f) => change(file, before, f)));
      diff.updates.push({ before, values: { forecast: file.forecast, realised: file.realised, status: file.status, comment: file.comment } });
    }
  }
  return diff;
}

/** Excel turns the line breaks in a cell into LF; a comment differing only in those is unchanged. */
function sameValue(a: string | null, b: string | null): boolean {
  return a === b || (a !== null && b !== null && a.replace(/\r\n?/g, '\n') === b.replace(/\r\n?/g, '\n'));
}

/** Track, committee and year, when the file has them, must be the row's: otherwise ids and rows got mixed up. */
function identityErrors(sheet: string, file: SavingsFileRow, row: SavingsRowDto): ImportError[] {
  return (['trackCode', 'committeeCode', 'year'] as const).flatMap((key) =>
    file[key] === undefined || file[key] === row[key]
      ? []
      : [cellError(sheet, file.row, HEADERS[key], `rækken ${row.id} er ${row.trackCode}, ${row.committeeCode}, ${row.year}, ikke ${file[key]}; ret ikke i Id, Spor, Udvalg og År`)],
  );
}

export function mayEdit(editor: SavingsEditor, committeeCode: string): boolean {
  return editor.role === 'finance' || (editor.role === 'committee' && editor.committeeCodes.includes(committeeCode));
}

function forbidden(sheet: string, file: SavingsFileRow, row: SavingsRowDto, editor: SavingsEditor): ImportError {
  const own = editor.committeeCodes.length ? editor.committeeCodes.join(', ') : 'ingen';
  return cellError(sheet, file.row, HEADERS.committeeCode, `du må kun ændre besparelser for dine egne udvalg (${own}); rækken hører til udvalget ${row.committeeCode}`);
}

function conflict(sheet: string, file: SavingsFileRow, row: SavingsRowDto): SavingsConflict {
  return {
    sheet,
    row: file.row,
    id: row.id,
    trackCode: row.trackCode,
    committeeCode: row.committeeCode,
    year: row.year,
    fileVersion: file.version,
    currentVersion: row.version,
    updatedAt: row.updatedAt,
    updatedBy: row.updatedBy,
    message: `Besparelsen for ${row.trackCode}, ${row.committeeCode}, ${row.year} er ændret af ${row.updatedBy} (version ${row.version}), efter filen blev eksporteret (version ${file.version}); eksportér igen, og indtast ændringen i den nye fil`,
  };
}

function change(file: SavingsFileRow, row: SavingsRowDto, field: EditableField): SavingsChange {
  return { row: file.row, id: row.id, trackCode: row.trackCode, committeeCode: row.committeeCode, year: row.year, field, old: row[field], new: file[field] };
}
