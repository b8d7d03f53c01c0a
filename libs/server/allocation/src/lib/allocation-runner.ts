import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService, SYSTEM_ACTOR } from '@budgetspor/server/audit';
import { computeAllocation, Computed } from './allocation-snapshot';
import { findRun } from './allocation-run';

export type RunOutcome = 'current' | 'superseded' | 'already_done' | 'closed';

/**
 * Runs one allocation run in two transactions:
 * 1. mark it running (from then on a new change queues a new run instead of joining it);
 * 2. under the budget year's row lock — the lock every input change takes too — read one
 *    consistent snapshot, compute, store the cells, mark the run succeeded and, unless a
 *    newer generation already succeeded, make it current and update the savings rows.
 * Either transaction 2 commits whole or not at all, so readers see the previous result
 * until the new one is complete, and a worker killed halfway leaves nothing behind.
 */
@Injectable()
export class AllocationRunner {
  private readonly logger = new Logger('AllocationRunner');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async run(runId: string): Promise<RunOutcome> {
    const started = await this.dataSource.transaction(async (m) => {
      const [run] = await m.query(`SELECT status FROM allocation_runs WHERE id = $1 FOR UPDATE`, [runId]);
      if (!run || run.status === 'succeeded' || run.status === 'failed') return false;
      await m.query(
        `UPDATE allocation_runs SET status = 'running', started_at = coalesce(started_at, clock_timestamp()),
                attempts = attempts + 1 WHERE id = $1`,
        [runId],
      );
      return true;
    });
    if (!started) return 'already_done';
    const outcome = await this.dataSource.transaction(async (m) => {
      const [run] = await m.query(`SELECT budget_year AS year, generation FROM allocation_runs WHERE id = $1`, [runId]);
      const [year] = await m.query(
        `SELECT y.status, coalesce(c.generation, -1) AS "currentGeneration"
           FROM budget_years y LEFT JOIN allocation_runs c ON c.id = y.current_run_id
          WHERE y.year = $1 FOR UPDATE OF y`,
        [run.year],
      );
      // Another worker may have finished this very run while we waited for the lock.
      const [again] = await m.query(`SELECT status FROM allocation_runs WHERE id = $1`, [runId]);
      if (again.status !== 'running') return 'already_done';
      if (year.status === 'closed') {
        await this.finish(m, runId, 'failed', { error: `Budgetåret ${run.year} er lukket og genberegnes ikke` });
        return 'closed';
      }
      // The snapshot may already hold changes made after this run was queued (they queued a
      // run of their own); the run keeps its own generation, so each generation succeeds once.
      const computed = await computeAllocation(m, run.year);
      await this.finish(m, runId, 'succeeded', { computed });
      // A run that started earlier can finish later; it must not replace a newer result.
      if (run.generation < year.currentGeneration) return 'superseded';
      await m.query(`UPDATE budget_years SET current_run_id = $2 WHERE year = $1`, [run.year, runId]);
      await updateSavings(m, run.year, computed);
      await this.audit.record(m, {
        actor: SYSTEM_ACTOR, action: 'allocate', entityType: 'allocation_run', entityId: runId,
        before: null, after: await findRun(m, runId),
      });
      return 'current';
    });
    if (outcome === 'current') await this.pruneCells(runId);
    return outcome;
  }

  /**
   * Keeps the cells of the current run and the one before it (for comparison); older runs
   * keep their row (status, timings, inputs) but not their cells, so the table does not
   * grow by a whole allocation per change. Outside the run's transaction: readers never wait.
   */
  private async pruneCells(currentRunId: string): Promise<void> {
    await this.dataSource
      .query(
        `UPDATE allocation_runs SET cells = NULL WHERE id IN (
           SELECT r.id FROM allocation_runs r
            WHERE r.budget_year = (SELECT budget_year FROM allocation_runs WHERE id = $1)
              AND r.status = 'succeeded' AND r.id <> $1
              AND r.cells IS NOT NULL
            ORDER BY r.finished_at DESC OFFSET 1)`,
        [currentRunId],
      )
      .catch((error: Error) => this.logger.warn(`Kunne ikke rydde gamle celler: ${error.message}`));
  }

  /** After the last attempt: the run failed and the previous result stays current. */
  async fail(runId: string, error: unknown, final: boolean): Promise<void> {
    const message = error instanceof Error ? error.message : String(error);
    this.logger.warn(`Allokeringskørsel ${runId} fejlede${final ? '' : ' (prøves igen)'}: ${message}`);
    await this.dataSource.transaction((m) =>
      final
        ? this.finish(m, runId, 'failed', { error: message.slice(0, 2000) })
        : m.query(`UPDATE allocation_runs SET error = $2 WHERE id = $1 AND status = 'running'`, [runId, message.slice(0, 2000)]),
    );
  }

  private async finish(
    m: EntityManager,
    runId: string,
    status: 'succeeded' | 'failed',
    extra: { computed?: Computed; error?: string },
  ): Promise<void> {
    const c = extra.computed;
    await m.query(
      `UPDATE allocation_runs
          SET status = $2, finished_at = clock_timestamp(), error = $3,
              framework_revision = $4, allocation_method = $5,
              inputs = $6, unallocated = $7, uncovered = $8, cells = $9
        WHERE id = $1`,
      [
        runId, status, extra.error ?? null, c?.frameworkRevision ?? null, c?.method ?? null,
        c ? JSON.stringify(c.inputs) : null, c ? JSON.stringify(c.unallocated) : null, c?.uncovered ? JSON.stringify(c.uncovered) : null,
        c ? JSON.stringify(c.cells) : null,
      ],
    );
  }
}

/**
 * One savings row per cell: `expected` follows the allocation; what committees entered
 * (forecast, realised, status, comment) is never touched. A row whose cell disappeared
 * stays, with expected 0. A row's version moves only when its expected amount changed.
 * One statement: the year's rows are read once and matched with the cells (a full join:
 * new cells are inserted, changed and vanished ones updated), instead of an upsert per cell
 * and a second pass for the vanished ones (1.5× slower on 40,000 cells).
 */
async function updateSavings(m: EntityManager, year: number, computed: Computed): Promise<void> {
  const { cells } = computed;
  await m.query(
    `WITH cell AS (
       SELECT * FROM unnest($2::text[], $3::text[], $4::int[], $5::bigint[]) AS c(track_code, committee_code, year, amount)),
     change AS (
       SELECT s.id, cell.track_code, cell.committee_code, cell.year, coalesce(cell.amount, 0) AS amount
         FROM cell FULL JOIN (SELECT id, track_code, committee_code, year, expected FROM savings WHERE budget_year = $1) s
           ON s.track_code = cell.track_code AND s.committee_code = cell.committee_code AND s.year = cell.year
        WHERE s.id IS NULL OR s.expected <> coalesce(cell.amount, 0)),
     updated AS (
       UPDATE savings s SET expected = change.amount, version = s.version + 1, updated_at = now(), updated_by = 'system'
         FROM change WHERE s.budget_year = $1 AND s.id = change.id)
     INSERT INTO savings (budget_year, track_code, committee_code, year, expected)
     SELECT $1, track_code, committee_code, year, amount FROM change WHERE id IS NULL`,
    [year, cells.map((c) => c.trackCode), cells.map((c) => c.committeeCode), cells.map((c) => c.year), cells.map((c) => c.amount)],
  );
}
