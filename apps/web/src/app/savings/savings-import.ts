import { formatDateTime } from '../core/api-error';
import { ImportReportBase } from '../core/file-import';
import { changedBy, displayValue, EditableField, FIELD_LABELS } from './savings.models';

/** One changed cell of an import (old → new as the API writes the values). */
export interface SavingsImportChange {
  readonly row: number;
  readonly id: string;
  readonly trackCode: string;
  readonly committeeCode: string;
  readonly year: number;
  readonly field: EditableField;
  readonly old: string | null;
  readonly new: string | null;
}

/** A row the file would change that someone else saved after the file was exported. */
export interface SavingsImportConflict {
  readonly sheet: string;
  readonly row: number;
  readonly id: string;
  readonly trackCode: string;
  readonly committeeCode: string;
  readonly year: number;
  readonly fileVersion: number;
  readonly currentVersion: number;
  readonly updatedAt: string;
  readonly updatedBy: string;
  readonly message: string;
}

/** `POST /api/budget-years/:year/savings/import?dryRun=` */
export interface SavingsImportReport extends ImportReportBase {
  readonly rows: number;
  readonly changedRows: number;
  readonly conflicts: readonly SavingsImportConflict[];
  readonly changes: readonly SavingsImportChange[];
}

/** A change as the preview lists it: which cell, and its value before and after in words. */
export interface ChangeLine {
  readonly key: string;
  readonly row: number;
  readonly trackCode: string;
  readonly trackName: string;
  readonly committeeCode: string;
  readonly committeeName: string;
  readonly year: number;
  readonly field: string;
  readonly before: string;
  readonly after: string;
}

export function changeLines(
  changes: readonly SavingsImportChange[],
  trackNames: ReadonlyMap<string, string>,
  committeeNames: ReadonlyMap<string, string>,
): ChangeLine[] {
  return changes.map((c) => ({
    key: `${c.id}:${c.field}`,
    row: c.row,
    trackCode: c.trackCode,
    trackName: trackNames.get(c.trackCode) ?? c.trackCode,
    committeeCode: c.committeeCode,
    committeeName: committeeNames.get(c.committeeCode) ?? c.committeeCode,
    year: c.year,
    field: FIELD_LABELS[c.field] ?? c.field,
    before: displayValue(c.field, c.old),
    after: displayValue(c.field, c.new),
  }));
}

export interface ConflictLine {
  readonly key: string;
  readonly row: number;
  readonly cell: string;
  readonly changedBy: string;
  readonly changedAt: string;
  readonly versions: string;
}

export function conflictLines(conflicts: readonly SavingsImportConflict[]): ConflictLine[] {
  return conflicts.map((c) => ({
    key: c.id,
    row: c.row,
    cell: `${c.trackCode}, ${c.committeeCode}, ${c.year}`,
    changedBy: changedBy(c.updatedBy),
    changedAt: formatDateTime(c.updatedAt),
    versions: `${c.fileVersion} → ${c.currentVersion}`,
  }));
}

const count = (n: number, one: string, many: string) => `${n.toLocaleString('da-DK')} ${n === 1 ? one : many}`;

/** The first sentence of the preview: how much the file holds and would change. */
export function previewSummary(report: SavingsImportReport): string {
  const rows = `Filen har ${count(report.rows, 'række', 'rækker')}.`;
  if (report.errors.length > 0) {
    return `${rows} Den har ${count(report.errors.length, 'fejl', 'fejl')}, så intet kan gemmes. Ret fejlene i filen, og indlæs den igen.`;
  }
  if (report.conflicts.length > 0) {
    return (
      `${rows} ${count(report.conflicts.length, 'række er', 'rækker er')} ændret af andre, efter filen blev hentet, så intet kan gemmes. ` +
      'Hent filen igen, indtast dine ændringer i den nye fil, og indlæs den.'
    );
  }
  if (report.changes.length === 0) return `${rows} Ingen værdier er ændret i forhold til det gemte; der er intet at gemme.`;
  return `${rows} ${count(report.changes.length, 'ændring', 'ændringer')} i ${count(report.changedRows, 'række', 'rækker')} gemmes, når du vælger «Gem ændringerne».`;
}
