import { EntityManager } from 'typeorm';
import { addToOutbox } from '@budgetspor/server/queue';

export const RECOMPUTE_TOPIC = 'allocation.recompute';

export type RecomputeReason = 'framework' | 'bids' | 'track' | 'manual';

// Any constant; it only has to be the same everywhere.
const ALLOCATION_INPUTS_LOCK = 7_202_612;

/**
 * Orders writers of allocation inputs across budget years. A framework revision or new bids
 * (one year each) take it shared; a change to a track's shares, start year or status, which
 * can touch every year naming the track, takes it exclusive, so no framework can start
 * naming the track between the moment the track change picks its years and its commit.
 * Take it first in the transaction, before any row lock.
 */
export async function lockAllocationInputs(m: EntityManager, mode: 'shared' | 'exclusive'): Promise<void> {
  await m.query(mode === 'shared' ? 'SELECT pg_advisory_xact_lock_shared($1)' : 'SELECT pg_advisory_xact_lock($1)', [ALLOCATION_INPUTS_LOCK]);
}

/**
 * Asks for a new allocation of budget year `year`, inside the caller's transaction (which
 * must hold the year's row lock, e.g. from `assertYearOpen`). Returns the run that will
 * compute it, or null for a closed year.
 *
 * - Every call counts one input change: `allocation_generation` + 1.
 * - Bursts coalesce: while a run of this year is still queued (not started), it is reused,
 *   so a hundred quick changes give one or two runs, and the run that starts last reads
 *   the inputs of the last change.
 * - The "recompute" message goes through the outbox, so it exists exactly when the change
 *   committed, whether or not Redis is up.
 */
export async function requestRecompute(m: EntityManager, year: number, reason: RecomputeReason, actor: string): Promise<string | null> {
  // TypeORM answers an UPDATE … RETURNING with [rows, affected].
  const [[row]] = await m.query(
    `UPDATE budget_years SET allocation_generation = allocation_generation + 1
      WHERE year = $1 AND status <> 'closed' RETURNING allocation_generation AS generation`,
    [year],
  );
  if (!row) return null;
  const [[queued]] = await m.query(
    `UPDATE allocation_runs SET generation = $2, reason = $3, requested_by = $4
      WHERE id = (SELECT id FROM allocation_runs WHERE budget_year = $1 AND status = 'queued'
                   ORDER BY queued_at DESC LIMIT 1)
      RETURNING id`,
    [year, row.generation, reason, actor],
  );
  if (queued) return queued.id;
  const [run] = await m.query(
    `INSERT INTO allocation_runs (budget_year, generation, reason, requested_by) VALUES ($1, $2, $3, $4) RETURNING id`,
    [year, row.generation, reason, actor],
  );
  await addToOutbox(m, RECOMPUTE_TOPIC, { runId: run.id, budgetYear: year });
  return run.id;
}

/**
 * The open budget years whose allocation a change to `trackCode` can alter: those whose
 * current framework names the track, or whose bids mention it. Locks them in year order
 * (always the same order, so two writers cannot deadlock).
 */
export async function yearsUsingTrack(m: EntityManager, trackCode: string): Promise<number[]> {
  const rows: { year: number }[] = await m.query(
    `SELECT y.year FROM budget_years y
      WHERE y.status <> 'closed'
        AND (EXISTS (SELECT 1 FROM framework_track_weights w
                      WHERE w.budget_year = y.year AND w.track_code = $1
                        AND w.revision = (SELECT max(revision) FROM framework_revisions r WHERE r.budget_year = y.year))
             OR EXISTS (SELECT 1 FROM bids b WHERE b.budget_year = y.year AND b.track_code = $1))
      ORDER BY y.year
      FOR UPDATE OF y`,
    [trackCode],
  );
  return rows.map((r) => r.year);
}
