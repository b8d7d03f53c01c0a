import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { allocate, type AllocationInput } from '@budgetspor/shared/allocation';
import { generateScale, type Scale } from './scale';
import { insertOrganisation } from './scale-db';
import { prng } from './stats';

/**
 * Issue 9's scale data: `rounds` budget rounds (one a year from `firstYear`), each with
 * `tracks` × `committees` × 4 years of savings rows, as a municipality has them after
 * years of use. Deterministic (seeded PRNG, ids from md5 of the cell), and written
 * set-based straight into a migrated database, a statement per table and round (unnest,
 * or INSERT … SELECT for what can be derived in the server):
 *
 * - per round: the budget year, framework revision 1 (pool and every track's weight), one
 *   succeeded allocation run made current, with the cells, inputs and result allocate()
 *   gives for that framework (so GET …/allocation and its explanations read true data),
 *   and one savings row per cell with `expected` = the cell's amount;
 * - the follow-up a committee entered: in the closed rounds every row has a forecast, a
 *   realised amount and a status (version 2); in the open rounds a quarter of the rows has a
 *   forecast (version 2), the rest are as the allocation made them (version 1);
 * - audit: one "update" row per savings row with a follow-up (what its PATCH would have
 *   written: before = the row as the allocation made it, after = the row now), one
 *   "allocate" row per run;
 * - then VACUUM ANALYZE, as autovacuum would leave a database that has been in use.
 *
 * The newest `openRounds` rounds are open (`framework_announced`), the rest `closed`.
 */
export interface HistoryOptions {
  rounds: number;
  tracks: number;
  committees: number;
  firstYear?: number;
  openRounds?: number;
  seed?: number;
}

export interface History {
  scale: Scale;
  /** The budget years, oldest first; the last `openRounds` are open. */
  years: number[];
  openYears: number[];
  savingsRows: number;
  auditRows: number;
  /** Wall time of the whole generation, VACUUM ANALYZE included. */
  ms: number;
  /** Of which VACUUM ANALYZE. */
  vacuumMs: number;
}

/** The e-mail of a committee's (imaginary) follow-up user, who entered the round's follow-up. */
export const committeeEmail = (committeeCode: string) => `udvalg.${committeeCode.toLowerCase()}@bench.dk`;

const FINANCE_EMAIL = 'finance@bench.dk';

export async function insertHistory(url: string, options: HistoryOptions): Promise<History> {
  const { rounds, tracks, committees, firstYear = 2000, seed = 2014 } = options;
  const openRounds = Math.min(options.openRounds ?? 2, rounds);
  const started = performance.now();
  const scale = generateScale({ tracks, committees, firstYear, seed });
  const years = Array.from({ length: rounds }, (_, i) => firstYear + i);
  const client = new Client({ connectionString: url });
  await client.connect();
  let savingsRows = 0;
  let auditRows = 0;
  let vacuumMs = 0;
  try {
    await client.query('BEGIN');
    await insertOrganisation(client, scale);
    await client.query('COMMIT');
    for (const [i, year] of years.entries()) {
      const open = i >= rounds - openRounds;
      await client.query('BEGIN');
      const written = await insertRound(client, scale, year, open, seed);
      await client.query('COMMIT');
      savingsRows += written.savings;
      auditRows += written.audit;
    }
    const vacuumStart = performance.now();
    await client.query('VACUUM (ANALYZE)');
    vacuumMs = performance.now() - vacuumStart;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
  return { scale, years, openYears: years.slice(rounds - openRounds), savingsRows, auditRows, ms: performance.now() - started, vacuumMs };
}

/** One round: budget year, framework, run, savings rows and their audit rows. */
async function insertRound(client: Client, scale: Scale, year: number, open: boolean, seed: number): Promise<{ savings: number; audit: number }> {
  const random = prng(seed * 31 + year);
  const int = (below: number) => Math.floor(random() * below);
  const pool: Record<string, string> = {};
  for (let y = year; y < year + 4; y++) pool[String(y)] = String(100_000_000 + int(200_000_000));
  const input: AllocationInput = {
    pool,
    trackWeights: scale.tracks.map((t) => ({ trackCode: t.code, weight: t.weight })),
    tracks: scale.tracks.map((t) => ({ code: t.code, status: 'active', startYear: scale.firstYear, shares: t.shares })),
  };
  const result = allocate(input);
  // Decided in February the year before, allocated at once; the dates only have to look real.
  const decidedOn = `${year - 1}-02-0${1 + (year % 9)}`;
  const allocatedAt = `${year - 1}-02-15T09:00:00.000Z`;

  await client.query(
    `INSERT INTO budget_years (year, title, price_level_year, status, allocation_generation, created_at, updated_at)
     VALUES ($1, $2, $1, $3, 1, $4, $4)`,
    [year, `Budget ${year}`, open ? 'framework_announced' : 'closed', allocatedAt],
  );
  await client.query(
    `INSERT INTO framework_revisions (budget_year, revision, decided_on, decided_by, title, allocation_method, created_at, created_by)
     VALUES ($1, 1, $2, 'ØU', $3, 'top_down', $4, $5)`,
    [year, decidedOn, `Rammeudmelding ${year}`, allocatedAt, FINANCE_EMAIL],
  );
  await client.query(`INSERT INTO framework_pool (budget_year, revision, year, amount) SELECT $1, 1, * FROM unnest($2::int[], $3::bigint[])`, [
    year,
    Object.keys(pool),
    Object.values(pool),
  ]);
  await client.query(
    `INSERT INTO framework_track_weights (budget_year, revision, track_code, weight) SELECT $1, 1, * FROM unnest($2::text[], $3::numeric[])`,
    [year, input.trackWeights.map((w) => w.trackCode), input.trackWeights.map((w) => w.weight)],
  );
  const {
    rows: [run],
  } = await client.query(
    `INSERT INTO allocation_runs (budget_year, generation, framework_revision, allocation_method, status, reason, requested_by, attempts,
                                  inputs, unallocated, uncovered, cells, queued_at, started_at, finished_at)
     VALUES ($1, 1, 1, 'top_down', 'succeeded', 'framework', $2, 1, $3, $4, NULL, $5, $6, $6, $6)
     RETURNING id`,
    [year, FINANCE_EMAIL, JSON.stringify(input), JSON.stringify(result.unallocated), JSON.stringify(result.cells), allocatedAt],
  );
  await client.query(`UPDATE budget_years SET current_run_id = $2 WHERE year = $1`, [year, run.id]);

  const rows = followUp(result.cells, open, int, year);
  await client.query(
    `INSERT INTO savings (id, budget_year, track_code, committee_code, year, expected, forecast, realised, status, comment, version, updated_at, updated_by)
     SELECT md5($1::int::text || '|' || t || '|' || c || '|' || y)::uuid, $1::int, t, c, y, e, f, r, st, cm, v, ua, ub
       FROM unnest($2::text[], $3::text[], $4::int[], $5::bigint[], $6::numeric[], $7::numeric[], $8::text[], $9::text[], $10::int[],
                   $11::timestamptz[], $12::text[])
            AS u(t, c, y, e, f, r, st, cm, v, ua, ub)`,
    [year, rows.track, rows.committee, rows.year, rows.expected, rows.forecast, rows.realised, rows.status, rows.comment, rows.version, rows.at, rows.by],
  );
  const audited = await insertAudit(client, year, run.id, allocatedAt);
  return { savings: rows.track.length, audit: audited };
}

/**
 * The audit rows of a round, set-based from what is in the database: one "update" per
 * followed-up savings row, as its PATCH would have written it (the API's row shape before,
 * as allocated, and after), and the run's "allocate" row.
 */
async function insertAudit(client: Client, year: number, runId: string, allocatedAt: string): Promise<number> {
  const canonical = (column: string) => `regexp_replace(${column}::text, '\\.00$', '')`;
  const rowJson = (forecast: string, realised: string, status: string, comment: string, version: string, at: string, by: string) =>
    `jsonb_build_object('id', s.id, 'trackCode', s.track_code, 'committeeCode', s.committee_code, 'year', s.year,
                        'expected', s.expected::text, 'forecast', ${forecast}, 'realised', ${realised}, 'status', ${status},
                        'comment', ${comment}, 'version', ${version},
                        'updatedAt', to_char(${at} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'updatedBy', ${by})`;
  const audit = await client.query(
    `INSERT INTO audit_log (at, actor, action, entity_type, entity_id, before, after)
     SELECT s.updated_at, s.updated_by, 'update', 'savings', s.id::text,
            ${rowJson('NULL::text', 'NULL::text', `'on_track'`, `''`, '1', '$2::timestamptz', `'system'`)},
            ${rowJson(canonical('s.forecast'), canonical('s.realised'), 's.status', 's.comment', 's.version', 's.updated_at', 's.updated_by')}
       FROM savings s WHERE s.budget_year = $1 AND s.version = 2
      ORDER BY s.updated_at, s.track_code, s.committee_code, s.year`,
    [year, allocatedAt],
  );
  await client.query(
    `INSERT INTO audit_log (at, actor, action, entity_type, entity_id, before, after)
     SELECT r.finished_at, 'system', 'allocate', 'allocation_run', r.id::text, NULL,
            jsonb_build_object('id', r.id, 'budgetYear', r.budget_year, 'frameworkRevision', r.framework_revision, 'status', r.status)
       FROM allocation_runs r WHERE r.id = $1`,
    [runId],
  );
  return (audit.rowCount ?? 0) + 1;
}

interface FollowUpColumns {
  track: string[];
  committee: string[];
  year: number[];
  expected: string[];
  forecast: (string | null)[];
  realised: (string | null)[];
  status: string[];
  comment: string[];
  version: number[];
  at: string[];
  by: string[];
}

/**
 * The savings rows of a round as columns for unnest. Amounts are exact: a percentage of the
 * expected whole kroner in bigint, now and then with 50 øre, now and then negative (a track
 * that cost more than it saved).
 */
function followUp(cells: readonly { trackCode: string; committeeCode: string; year: number; amount: string }[], open: boolean, int: (below: number) => number, budgetYear: number): FollowUpColumns {
  const columns: FollowUpColumns = { track: [], committee: [], year: [], expected: [], forecast: [], realised: [], status: [], comment: [], version: [], at: [], by: [] };
  const percentOf = (amount: string, percent: number) => ((BigInt(amount) * BigInt(percent)) / 100n).toString();
  for (const cell of cells) {
    let forecast: string | null = null;
    let realised: string | null = null;
    let status = 'on_track';
    let comment = '';
    let followed = false;
    if (!open) {
      followed = true;
      const rate = 40 + int(71); // 40 … 110 % realised
      forecast = percentOf(cell.amount, 80 + int(31));
      realised = int(50) === 0 ? `-${percentOf(cell.amount, 1 + int(10))}` : percentOf(cell.amount, rate) + (int(10) === 0 ? '.50' : '');
      status = realised.startsWith('-') ? 'off_track' : rate >= 95 ? 'realised' : rate >= 75 ? 'at_risk' : 'off_track';
      if (int(20) === 0) comment = 'Forsinket udrulning; forventer indhentning året efter.';
    } else if (int(4) === 0) {
      followed = true;
      const rate = 70 + int(41);
      forecast = percentOf(cell.amount, rate);
      status = rate >= 90 ? 'on_track' : 'at_risk';
    }
    columns.track.push(cell.trackCode);
    columns.committee.push(cell.committeeCode);
    columns.year.push(cell.year);
    columns.expected.push(cell.amount);
    columns.forecast.push(forecast);
    columns.realised.push(realised);
    columns.status.push(status);
    columns.comment.push(comment);
    columns.version.push(followed ? 2 : 1);
    columns.by.push(followed ? committeeEmail(cell.committeeCode) : 'system');
    // A follow-up is entered during the round's period; the allocation's rows date from February before it.
    columns.at.push(followed ? `${cell.year}-${String(1 + int(12)).padStart(2, '0')}-${String(1 + int(28)).padStart(2, '0')}T10:00:00.000Z` : `${budgetYear - 1}-02-15T09:00:00.000Z`);
  }
  return columns;
}
