import { DataSource } from 'typeorm';
import { AllocationCell, AllocationInput, AllocationResult, allocate } from '@budgetspor/shared/allocation';
import { sleep } from './redis-server';
import { TestApp } from './test-app';

/**
 * Polls `probe` until it returns something other than undefined; throws naming `what` after
 * `timeoutMs`. An error thrown by the probe ends the wait at once (a run that failed is an answer).
 */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number, intervalMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(intervalMs);
  }
}

/**
 * Runs every clean-up step even when an earlier one fails or hangs (each gets `timeoutMs`),
 * then reports the failures together.
 */
export async function cleanUp(steps: [string, () => Promise<unknown> | unknown][], timeoutMs = 15_000): Promise<void> {
  const failures: string[] = [];
  for (const [name, step] of steps) {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        Promise.resolve().then(step),
        new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs))),
      ]);
    } catch (error) {
      failures.push(`${name}: ${(error as Error).message}`);
    } finally {
      clearTimeout(timer);
    }
  }
  if (failures.length) throw new Error(`clean-up failed:\n${failures.join('\n')}`);
}

/** The rule applied in the test to the inputs the API shows now (current framework, tracks). */
export async function expectedFromApi(t: TestApp, token: string, year: number): Promise<{ input: AllocationInput; result: AllocationResult }> {
  const framework = await t.request('GET', `/api/budget-years/${year}/frameworks/current`, { token });
  if (framework.status !== 200) throw new Error(`framework ${year}: ${framework.status} ${JSON.stringify(framework.body)}`);
  const tracks = await t.request('GET', '/api/tracks', { token });
  if (tracks.status !== 200) throw new Error(`tracks: ${tracks.status}`);
  const named = new Set<string>(framework.body.trackWeights.map((w: { trackCode: string }) => w.trackCode));
  const input: AllocationInput = {
    pool: framework.body.pool,
    trackWeights: framework.body.trackWeights,
    tracks: tracks.body
      .filter((tr: { code: string }) => named.has(tr.code))
      .map((tr: { code: string; status: 'active' | 'paused' | 'closed'; startYear: number; shares: { committeeCode: string; weight: string }[] }) => ({
        code: tr.code,
        status: tr.status,
        startYear: tr.startYear,
        shares: tr.shares,
      })),
  };
  return { input, result: allocate(input) };
}

export interface StoredCell {
  trackCode: string;
  committeeCode: string;
  year: number;
  amount: string;
}

/** A run's stored cells, in the API's order (year, track, committee by code point). */
export function storedCells(ds: DataSource, runId: string): Promise<StoredCell[]> {
  return ds.query(
    `SELECT track_code AS "trackCode", committee_code AS "committeeCode", year, amount::text AS amount
       FROM allocation_cells WHERE run_id = $1
      ORDER BY year, track_code COLLATE "C", committee_code COLLATE "C"`,
    [runId],
  );
}

/** Σ cells per year of a list of cells, as decimal strings. */
export function sumsPerYear(cells: readonly { year: number; amount: string }[]): Record<string, string> {
  const sums: Record<string, bigint> = {};
  for (const c of cells) sums[String(c.year)] = (sums[String(c.year)] ?? 0n) + BigInt(c.amount);
  return Object.fromEntries(Object.entries(sums).map(([y, s]) => [y, s.toString()]));
}

/** What the pool minus the unallocated years gives per year: what the cells must sum to. */
export function allocatedPerYear(result: AllocationResult): Record<string, string> {
  return Object.fromEntries(Object.entries(result.perYear).filter(([, p]) => p.allocated !== '0').map(([y, p]) => [y, p.allocated]));
}

export const cellKey = (c: { trackCode: string; committeeCode: string; year: number }) => `${c.trackCode}|${c.committeeCode}|${c.year}`;

/** Normalises pure-function cells to the stored shape (same fields, same order). */
export function asStored(cells: readonly AllocationCell[]): StoredCell[] {
  return cells.map((c) => ({ trackCode: c.trackCode, committeeCode: c.committeeCode, year: c.year, amount: c.amount }));
}

/**
 * The savings rows of a budget year compared with its current cells: rows that match a
 * non-zero cell exactly (expected = amount), rows with expected > 0 that match no cell,
 * cells without a row, and duplicated keys.
 */
export async function savingsVersusCells(ds: DataSource, budgetYear: number, runId: string): Promise<{ matching: number; strayNonZero: number; missing: number; duplicates: number; total: number }> {
  const [row] = await ds.query(
    `WITH c AS (SELECT track_code, committee_code, year, amount FROM allocation_cells WHERE run_id = $2 AND amount > 0),
          s AS (SELECT track_code, committee_code, year, expected FROM savings WHERE budget_year = $1)
     SELECT (SELECT count(*) FROM c JOIN s USING (track_code, committee_code, year) WHERE s.expected = c.amount)::int AS matching,
            (SELECT count(*) FROM s WHERE s.expected > 0
               AND NOT EXISTS (SELECT 1 FROM c WHERE c.track_code = s.track_code AND c.committee_code = s.committee_code AND c.year = s.year AND c.amount = s.expected))::int AS "strayNonZero",
            (SELECT count(*) FROM c WHERE NOT EXISTS (SELECT 1 FROM s WHERE s.track_code = c.track_code AND s.committee_code = c.committee_code AND s.year = c.year))::int AS missing,
            (SELECT count(*) - count(DISTINCT (track_code, committee_code, year)) FROM s)::int AS duplicates,
            (SELECT count(*) FROM s)::int AS total`,
    [budgetYear, runId],
  );
  return row;
}

/**
 * Asserts that a run's stored cells are exactly allocate(input)'s, once each, summing to the
 * pool every year, and that the year's savings rows follow them (one per non-zero cell with
 * expected = the cell, nothing else with money, no duplicates).
 */
export async function expectCellsAndSavingsToFollowTheRule(ds: DataSource, budgetYear: number, runId: string, input: AllocationInput): Promise<void> {
  const expected = asStored(allocate(input).cells);
  const [counts] = await ds.query(
    `SELECT count(*)::int AS cells, count(DISTINCT (track_code, committee_code, year))::int AS keys FROM allocation_cells WHERE run_id = $1`,
    [runId],
  );
  expect(counts).toEqual({ cells: expected.length, keys: expected.length });
  const cells = await storedCells(ds, runId);
  expect(sumsPerYear(cells)).toEqual(input.pool);
  expect(cells).toEqual(expected);
  const savings = await savingsVersusCells(ds, budgetYear, runId);
  expect(savings).toEqual({ matching: expected.length, strayNonZero: 0, missing: 0, duplicates: 0, total: expected.length });
}

/** For every succeeded run of the year: do its stored cells equal allocate() of its stored inputs? Returns the runs that differ. */
export async function runsNotMatchingTheirInputs(ds: DataSource, budgetYear: number): Promise<string[]> {
  const runs: { id: string; inputs: AllocationInput; unallocated: Record<string, string> }[] = await ds.query(
    `SELECT id, inputs, unallocated FROM allocation_runs WHERE budget_year = $1 AND status = 'succeeded' AND allocation_method = 'top_down'`,
    [budgetYear],
  );
  const wrong: string[] = [];
  for (const run of runs) {
    const expected = allocate(run.inputs);
    const cells = await storedCells(ds, run.id);
    // Older runs' cells are pruned (only the current and the previous run keep theirs).
    if (cells.length === 0 && expected.cells.length > 0 && !(await isCurrentOrPrevious(ds, budgetYear, run.id))) continue;
    if (JSON.stringify(cells) !== JSON.stringify(asStored(expected.cells)) || sortedJson(run.unallocated ?? {}) !== sortedJson(expected.unallocated)) {
      wrong.push(run.id);
    }
  }
  return wrong;
}

async function isCurrentOrPrevious(ds: DataSource, budgetYear: number, runId: string): Promise<boolean> {
  const rows: { id: string }[] = await ds.query(
    `SELECT id FROM allocation_runs WHERE budget_year = $1 AND status = 'succeeded' ORDER BY finished_at DESC LIMIT 2`,
    [budgetYear],
  );
  return rows.some((r) => r.id === runId);
}

/** A year is settled when no run is queued or running and its last change has been computed by the current run. */
export async function yearSettled(ds: DataSource, year: number): Promise<{ generation: number; currentRunId: string } | undefined> {
  const [row] = await ds.query(
    `SELECT y.allocation_generation AS generation, y.current_run_id AS "currentRunId", c.generation AS "currentGeneration",
            (SELECT count(*) FROM allocation_runs r WHERE r.budget_year = y.year AND r.status IN ('queued', 'running'))::int AS pending
       FROM budget_years y LEFT JOIN allocation_runs c ON c.id = y.current_run_id WHERE y.year = $1`,
    [year],
  );
  if (!row || row.pending > 0 || !row.currentRunId || row.currentGeneration !== row.generation) return undefined;
  return { generation: row.generation, currentRunId: row.currentRunId };
}

/** JSON of a flat record with its keys sorted (jsonb does not keep key order). */
export function sortedJson(record: Record<string, unknown>): string {
  return JSON.stringify(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * For failure messages: the year's last framework revisions, track changes and runs in time
 * order (clock times inside each transaction, not commit times), newest last.
 */
export async function timeline(ds: DataSource, year: number, limit = 25): Promise<string> {
  const rows: { at: string; what: string }[] = await ds.query(
    `SELECT * FROM (
       SELECT to_char(r.created_at, 'HH24:MI:SS.US') AS at,
              'framework ' || r.budget_year || ' rev ' || r.revision || ' names ' ||
              (SELECT string_agg(w.track_code, ',' ORDER BY w.track_code COLLATE "C") FROM framework_track_weights w
                WHERE w.budget_year = r.budget_year AND w.revision = r.revision) AS what
         FROM framework_revisions r WHERE r.budget_year = $1
       UNION ALL
       SELECT to_char(a.at, 'HH24:MI:SS.US'),
              'track ' || a.entity_id || ' ' || a.action || ' → status ' || (a.after->>'status') || ', start ' || (a.after->>'startYear') ||
              ', shares ' || (a.after->'shares')::text
         FROM audit_log a WHERE a.entity_type = 'track' AND a.action = 'update'
       UNION ALL
       SELECT to_char(coalesce(r.finished_at, r.queued_at), 'HH24:MI:SS.US'),
              'run ' || left(r.id::text, 8) || ' gen ' || r.generation || ' ' || r.status || ' rev ' || coalesce(r.framework_revision::text, '-') ||
              ' (queued ' || to_char(r.queued_at, 'HH24:MI:SS.US') || ', started ' || coalesce(to_char(r.started_at, 'HH24:MI:SS.US'), '-') || ')' ||
              CASE WHEN y.current_run_id = r.id THEN ' CURRENT' ELSE '' END
         FROM allocation_runs r JOIN budget_years y ON y.year = r.budget_year WHERE r.budget_year = $1
     ) t ORDER BY at DESC LIMIT $2`,
    [year, limit],
  );
  return rows.reverse().map((r) => `  ${r.at}  ${r.what}`).join('\n');
}
