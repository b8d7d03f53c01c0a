import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@budgetspor/server/audit';
import { assertYearOpen } from '@budgetspor/server/budget-years';
import { actorOf, AuthUser, isoUtc } from '@budgetspor/server/common';
import { SavingsRowDto, SavingsService } from '@budgetspor/server/savings';
import { MAX_FILE_ROWS } from './export.dto';
import { diffSavings, SavingsDiff, SavingsUpdate } from './savings-diff';
import { readSavingsSheet, SAVINGS_SHEET } from './savings-file';
import { readSpreadsheet, UploadedFile } from './sheet-reader';

/** What an import found; the controller turns it into 200, 400 or 409. */
export interface SavingsImportReport extends Omit<SavingsDiff, 'updates'> {
  dryRun: boolean;
  applied: boolean;
  rows: number;
  changedRows: number;
}

/**
 * Savings import: forecast, realised, status and comment per row from the file the export
 * made, matched by id. All or nothing: every row is read and compared first; with any error
 * or conflict nothing is written. A real run writes every changed row in one transaction,
 * under the budget year's lock (the lock every savings write takes), each with a version
 * bump and one audit record shaped as PATCH /api/savings/:id writes it.
 */
@Injectable()
export class SavingsImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly savings: SavingsService,
    private readonly audit: AuditService,
  ) {}

  async import(year: number, file: UploadedFile, dryRun: boolean, user: AuthUser): Promise<SavingsImportReport> {
    // 404 and 409 (closed year) before the file is even read.
    await this.dataSource.transaction((m) => assertYearOpen(m, year));
    const sheet = await readSpreadsheet(file, { sheet: SAVINGS_SHEET, maxRows: MAX_FILE_ROWS });
    const { rows, errors } = readSavingsSheet(sheet);
    const report = (diff: SavingsDiff, applied: boolean): SavingsImportReport => ({
      dryRun, applied, rows: sheet.rows.length, changedRows: diff.updates.length,
      errors: [...errors, ...diff.errors], conflicts: diff.conflicts, changes: diff.changes,
    });
    const compare = async () => diffSavings(sheet.sheet, year, rows, await this.currentRows(year), user);
    if (dryRun) return report(await compare(), false);
    return this.dataSource.transaction(async (m) => {
      await assertYearOpen(m, year);
      const diff = await compare();
      if (errors.length || diff.errors.length || diff.conflicts.length) return report(diff, false);
      await this.write(m, diff.updates, actorOf(user));
      return report(diff, true);
    });
  }

  /**
   * The year's rows by id. Read outside the caller's transaction, but while it holds the
   * year's lock, so no savings write of the year can slip in between; the versioned UPDATE
   * in `write` would catch one anyway.
   */
  private async currentRows(year: number): Promise<Map<string, SavingsRowDto>> {
    const rows = await this.savings.list(year, {});
    return new Map(rows.map((r) => [r.id.toLowerCase(), r]));
  }

  /** One UPDATE for all rows, conditional on each row's version, then one audit record per row. */
  private async write(m: EntityManager, updates: SavingsUpdate[], actor: string): Promise<void> {
    if (updates.length === 0) return;
    const [written]: [{ id: string; updatedAt: string }[], number] = await m.query(
      `UPDATE savings s
          SET forecast = u.forecast, realised = u.realised, status = u.status, comment = u.comment,
              version = s.version + 1, updated_at = now(), updated_by = $1
         FROM unnest($2::uuid[], $3::int[], $4::numeric[], $5::numeric[], $6::text[], $7::text[])
              AS u (id, version, forecast, realised, status, comment)
        WHERE s.id = u.id AND s.version = u.version
    RETURNING s.id::text AS id, ${isoUtc('s.updated_at')} AS "updatedAt"`,
      [
        actor,
        updates.map((u) => u.before.id),
        updates.map((u) => u.before.version),
        updates.map((u) => u.values.forecast),
        updates.map((u) => u.values.realised),
        updates.map((u) => u.values.status),
        updates.map((u) => u.values.comment),
      ],
    );
    if (written.length !== updates.length) {
      throw new ConflictException('Besparelser blev ændret af en anden under importen; intet er gemt. Eksportér igen, og prøv på ny.');
    }
    const updatedAt = new Map(written.map((w) => [w.id, w.updatedAt]));
    await this.audit.recordMany(
      m,
      updates.map(({ before, values }) => ({
        actor, action: 'update', entityType: 'savings', entityId: before.id, before,
        after: { ...before, ...values, version: before.version + 1, updatedAt: updatedAt.get(before.id) as string, updatedBy: actor },
      })),
    );
  }
}
