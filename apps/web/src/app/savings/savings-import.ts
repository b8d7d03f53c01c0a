import { formatDateTime, formatNumber } from '../core/format';
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

const n = (value: number) => formatNumber(value);

/** The first sentence of the preview: how much the file holds and would change. */
export function previewSummary(report: SavingsImportReport): string {
  const rows =
    report.rows === 1
      ? $localize`:@@savings.import.rowsOne:Filen har 1 række.`
      : $localize`:@@savings.import.rows:Filen har ${n(report.rows)}:rows: rækker.`;
  return `${rows} ${previewOutcome(report)}`;
}

function previewOutcome(report: SavingsImportReport): string {
  const errors = report.errors.length;
  if (errors > 0) {
    return errors === 1
      ? $localize`:@@savings.import.errorsOne:Den har 1 fejl, så intet kan gemmes. Ret fejlen i filen, og indlæs den igen.`
      : $localize`:@@savings.import.errors:Den har ${n(errors)}:errors: fejl, så intet kan gemmes. Ret fejlene i filen, og indlæs den igen.`;
  }
  const conflicts = report.conflicts.length;
  if (conflicts > 0) {
    return conflicts === 1
      ? $localize`:@@savings.import.conflictsOne:1 række er ændret af andre, efter filen blev hentet, så intet kan gemmes. Hent filen igen, indtast dine ændringer i den nye fil, og indlæs den.`
      : $localize`:@@savings.import.conflicts:${n(conflicts)}:conflicts: rækker er ændret af andre, efter filen blev hentet, så intet kan gemmes. Hent filen igen, indtast dine ændringer i den nye fil, og indlæs den.`;
  }
  const changes = report.changes.length;
  if (changes === 0) return $localize`:@@savings.import.noChanges:Ingen værdier er ændret i forhold til det gemte; der er intet at gemme.`;
  if (changes === 1) return $localize`:@@savings.import.changesOne:1 ændring i 1 række gemmes, når du vælger «Gem ændringerne».`;
  return report.changedRows === 1
    ? $localize`:@@savings.import.changesOneRow:${n(changes)}:changes: ændringer i 1 række gemmes, når du vælger «Gem ændringerne».`
    : $localize`:@@savings.import.changes:${n(changes)}:changes: ændringer i ${n(report.changedRows)}:rows: rækker gemmes, når du vælger «Gem ændringerne».`;
}

/** After the save: "2 ændringer i 1 række er gemt. Tabellen er opdateret." */
export function savedSummary(report: SavingsImportReport): string {
  const changes = report.changes.length;
  if (changes === 1) return $localize`:@@savings.import.savedOne:1 ændring i 1 række er gemt. Tabellen er opdateret.`;
  return report.changedRows === 1
    ? $localize`:@@savings.import.savedOneRow:${n(changes)}:changes: ændringer i 1 række er gemt. Tabellen er opdateret.`
    : $localize`:@@savings.import.saved:${n(changes)}:changes: ændringer i ${n(report.changedRows)}:rows: rækker er gemt. Tabellen er opdateret.`;
}
