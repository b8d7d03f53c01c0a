/**
 * Benchmark 5, writes under contention (issue 9, part 4: 30 s) and load without loss
 * (issue 10: 60 s): on the scale data, 50 committee users (5 per committee) follow up the
 * newest open round at once, for 30 s and then, on the same data, for 60 s (`--seconds=60`
 * or `--seconds=30,60,…` chooses the loads). Each user in a loop reads a row
 * (GET /api/savings/:id) and PATCHes it with the version it read: mostly rows of its own, now
 * and then one of a few rows its committee's users share, so some writers lose to another
 * with the same version and get 409.
 *
 * Afterwards the database must show exactly what the answers said: for every row, its
 * version moved once per 200 and it holds what the last 200 wrote; no two 200s got the same
 * version of a row; every 409 left nothing (its comment is nowhere, in the row or the
 * audit log); one audit row per 200; no 5xx. Each load is checked on its own. A mismatch is
 * a FAIL in the table (and fails the smoke run, so `npm test` catches it).
 */
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { type Api, startApi } from './support/api';
import { type BenchReport, type Figure, runBench, SMOKE } from './support/output';
import { insertHistory } from './support/scale-history';
import { percentile, prng } from './support/stats';

const SIZE = SMOKE
  ? { rounds: 3, tracks: 10, committees: 2, usersPerCommittee: 2, seconds: [1, 2] }
  : { rounds: 25, tracks: 1000, committees: 10, usersPerCommittee: 5, seconds: [30, 60] };
const SECONDS = secondsFromArgs() ?? SIZE.seconds;
/** Rows each user has to itself, rows its committee's users share, and how often it picks a shared one. */
const OWN_ROWS = SMOKE ? 5 : 20;
const SHARED_ROWS = 3;
const SHARED_SHARE = 0.3;
const PASSWORD = 'udvalg-bench-kodeord';

interface User {
  index: number;
  email: string;
  committee: string;
  token: string;
  own: string[];
  shared: string[];
}

interface Write {
  user: number;
  rowId: string;
  status: number;
  ms: number;
  /** What the PATCH sent (the comment is unique per request) and, for a 200, the version it returned. */
  comment: string;
  forecast: string;
  version?: number;
}

/** Runs `tasks` with at most `limit` at a time (argon2 hashing is deliberately slow). */
async function inBatches<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += limit) await Promise.all(items.slice(i, i + limit).map(task));
}

async function query<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** `--seconds=60` or `--seconds=30,60`: the loads to run, one after the other. */
function secondsFromArgs(): number[] | undefined {
  const arg = process.argv.find((a) => a.startsWith('--seconds='));
  if (!arg) return undefined;
  const seconds = arg.slice('--seconds='.length).split(',').map(Number);
  if (!seconds.every((n) => Number.isFinite(n) && n > 0)) throw new Error(`${arg}: expected positive numbers of seconds, comma-separated`);
  return seconds;
}

/** What one load measured and what the check afterwards found. */
interface Load {
  seconds: number;
  figures: Figure[];
  problems: string[];
  ok: number;
  audited: number;
}

/**
 * Every user reads a row and writes it back with what it read until `seconds` are up; then
 * the database must say what the answers said. `load` (0, 1, …) keeps the comments unique
 * across loads on the same rows.
 */
async function loadAndCheck(api: Api, users: readonly User[], touched: readonly string[], seconds: number, load: number): Promise<Load> {
  const before = new Map(
    (await query<{ id: string; version: number }>(api.db.url, `SELECT id, version FROM savings WHERE id = ANY($1::uuid[])`, [touched])).map((r) => [r.id, r.version]),
  );
  const [{ maxId: auditBefore }] = await query<{ maxId: string }>(api.db.url, `SELECT coalesce(max(id), 0)::text AS "maxId" FROM audit_log`);

  const writes: Write[] = [];
  const reads: number[] = [];
  const otherStatuses = new Map<number, number>();
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    users.map(async (user) => {
      const random = prng(1000 * (load + 1) + user.index);
      for (let seq = 0; performance.now() < deadline; seq++) {
        const pool = random() < SHARED_SHARE ? user.shared : user.own;
        const rowId = pool[Math.floor(random() * pool.length)];
        const readStart = performance.now();
        const row = await api.request('GET', `/api/savings/${rowId}`, { token: user.token });
        reads.push(performance.now() - readStart);
        if (row.status !== 200) {
          otherStatuses.set(row.status, (otherStatuses.get(row.status) ?? 0) + 1);
          continue;
        }
        const comment = `l${load}u${user.index}:${seq}`;
        const forecast = `${1_000_000 + user.index * 10_000 + (seq % 10_000)}.50`;
        const writeStart = performance.now();
        const res = await api.request('PATCH', `/api/savings/${rowId}`, { token: user.token, body: { forecast, comment, status: 'at_risk', version: row.body.version } });
        const ms = performance.now() - writeStart;
        if (res.status === 200 || res.status === 409) {
          writes.push({ user: user.index, rowId, status: res.status, ms, comment, forecast, version: res.status === 200 ? res.body.version : undefined });
        } else {
          otherStatuses.set(res.status, (otherStatuses.get(res.status) ?? 0) + 1);
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;

  // The check: the database says what the answers said.
  const ok = writes.filter((w) => w.status === 200);
  const conflicts = writes.filter((w) => w.status === 409);
  const after = await query<{ id: string; version: number; comment: string; forecast: string }>(
    api.db.url,
    `SELECT id, version, comment, forecast::text AS forecast FROM savings WHERE id = ANY($1::uuid[])`,
    [touched],
  );
  const audit = await query<{ entityId: string; comment: string; version: number }>(
    api.db.url,
    `SELECT entity_id AS "entityId", after->>'comment' AS comment, (after->>'version')::int AS version
       FROM audit_log WHERE id > $1 AND entity_type = 'savings'`,
    [auditBefore],
  );
  // Each mismatch counts once: a 200 not in the row, version or audit log; a 409 that left a trace.
  const problems: string[] = [];
  let unreflected = 0;
  for (const row of after) {
    const wins = ok.filter((w) => w.rowId === row.id);
    const versions = new Set(wins.map((w) => w.version));
    if (versions.size !== wins.length) {
      unreflected += wins.length - versions.size;
      problems.push(`${row.id}: ${wins.length} writes answered 200 but only ${versions.size} different versions`);
    }
    const initial = before.get(row.id) ?? NaN;
    const expected = initial + wins.length;
    if (row.version !== expected) {
      unreflected += Math.abs(expected - row.version);
      problems.push(`${row.id}: version ${row.version}, expected ${initial} + ${wins.length} answered 200`);
    }
    const last = wins.reduce<Write | undefined>((a, w) => (!a || (w.version ?? 0) > (a.version ?? 0) ? w : a), undefined);
    if (last && (row.comment !== last.comment || row.forecast !== last.forecast)) {
      unreflected++;
      problems.push(`${row.id}: holds ${row.comment}/${row.forecast}, the last 200 wrote ${last.comment}/${last.forecast}`);
    }
  }
  const audited = new Set(audit.map((a) => a.comment));
  const unaudited = ok.filter((w) => !audited.has(w.comment)).length;
  unreflected += unaudited;
  if (unaudited) problems.push(`${unaudited} writes answered 200 have no audit row`);
  if (audit.length !== ok.length) problems.push(`${audit.length} audit rows for ${ok.length} writes answered 200`);
  const finalComments = new Set(after.map((r) => r.comment));
  const leaked = conflicts.filter((w) => audited.has(w.comment) || finalComments.has(w.comment)).length;
  if (leaked) problems.push(`${leaked} writes answered 409 left their comment in a row or the audit log`);
  const serverErrors = [...otherStatuses].filter(([status]) => status >= 500).reduce((n, [, count]) => n + count, 0);
  if (otherStatuses.size) problems.push(`answers other than 200 and 409: ${JSON.stringify(Object.fromEntries(otherStatuses))}`);
  if (ok.length === 0 || (!SMOKE && conflicts.length === 0)) throw new Error(`${seconds} s: ${ok.length} writes answered 200 and ${conflicts.length} 409: the load did not contend`);

  const patchMs = writes.map((w) => w.ms);
  const figure = (name: string, value: number, unit: Figure['unit'], target?: Figure['target']): Figure => ({ name: `${seconds} s: ${name}`, value, unit, ...(target ? { target } : {}) });
  return {
    seconds,
    ok: ok.length,
    audited: audit.length,
    problems: problems.map((p) => `${seconds} s: ${p}`),
    figures: [
      figure('PATCH /api/savings/:id answered per second (200 and 409)', writes.length / elapsed, 'req/s'),
      figure('of which writes that won (200) per second', ok.length / elapsed, 'req/s'),
      figure('PATCH p50', percentile(patchMs, 50), 'ms'),
      figure('PATCH p95', percentile(patchMs, 95), 'ms'),
      figure('GET /api/savings/:id before each PATCH: p95', percentile(reads, 95), 'ms'),
      figure('writes answered 200', ok.length, 'count'),
      figure('writes answered 409 (stale version)', conflicts.length, 'count'),
      figure('200s not reflected in the final rows or the audit log', unreflected, 'count', { op: '<=', value: 0 }),
      figure('409s that changed something', leaked, 'count', { op: '<=', value: 0 }),
      figure('answers 5xx', serverErrors, 'count', { op: '<=', value: 0 }),
    ],
  };
}

async function main(): Promise<BenchReport> {
  const api = await startApi((db) => insertHistory(db.url, SIZE));
  try {
    const h = api.filled;
    const year = h.openYears[h.openYears.length - 1];
    const admin = await api.adminToken();

    // The users, 5 per committee, each with rows of its own and its committee's shared rows.
    const users: User[] = [];
    for (const [c, committee] of h.scale.committees.entries()) {
      const ids = (
        await query<{ id: string }>(api.db.url, `SELECT id FROM savings WHERE budget_year = $1 AND committee_code = $2 ORDER BY track_code, year LIMIT $3`, [
          year,
          committee,
          SHARED_ROWS + OWN_ROWS * SIZE.usersPerCommittee,
        ])
      ).map((r) => r.id);
      if (ids.length < SHARED_ROWS + OWN_ROWS * SIZE.usersPerCommittee) throw new Error(`committee ${committee} has only ${ids.length} rows in ${year}`);
      for (let u = 0; u < SIZE.usersPerCommittee; u++) {
        const index = c * SIZE.usersPerCommittee + u;
        const start = SHARED_ROWS + u * OWN_ROWS;
        users.push({ index, email: `bruger${index}.${committee.toLowerCase()}@bench.dk`, committee, token: '', own: ids.slice(start, start + OWN_ROWS), shared: ids.slice(0, SHARED_ROWS) });
      }
    }
    await inBatches(users, 4, async (user) => {
      const res = await api.request('POST', '/api/users', {
        token: admin,
        body: { email: user.email, name: `Udvalgsbruger ${user.index}`, role: 'committee', password: PASSWORD, committeeCodes: [user.committee] },
      });
      if (res.status !== 201) throw new Error(`create ${user.email}: ${res.status} ${JSON.stringify(res.body)}`);
      user.token = await api.login(user.email, PASSWORD);
    });
    const touched = [...new Set(users.flatMap((u) => [...u.own, ...u.shared]))];

    const loads: Load[] = [];
    for (const [i, seconds] of SECONDS.entries()) loads.push(await loadAndCheck(api, users, touched, seconds, i));
    const problems = loads.flatMap((l) => l.problems);
    // A full run reports a mismatch as a FAIL in the table; `npm test` (smoke) fails on it.
    if (SMOKE && problems.length) throw new Error(`writes under contention: the final state does not match the answers:\n${problems.slice(0, 20).join('\n')}`);

    const durations = SECONDS.map((s) => `${s} s`).join(', then ');
    return {
      title: `Writes under contention / load without loss: ${users.length} committee users PATCHing savings rows of budget ${year} for ${durations} (scale data: ${h.savingsRows.toLocaleString('en')} savings rows)`,
      baseline: 'none named in issues 9 and 10; the check is that the final state is exactly what the answers said',
      figures: loads.flatMap((l) => l.figures),
      notes: [
        'Issue 9 (part 4) asks for the writes under contention (its 30 s load); issue 10 for load without loss: 50 concurrent users editing savings for 60 s, every 200 reflected in the final state, every 409 changing nothing, 0 × 5xx (the 60 s rows). Both loads run in this one benchmark, one after the other on the same data and users, each checked on its own; a benchmark of its own would first generate the 1,000,000 scale rows again.',
        `${SIZE.usersPerCommittee} users per committee, each with ${OWN_ROWS} rows of its own and ${SHARED_ROWS} rows shared by its committee's users, picked ${Math.round(SHARED_SHARE * 100)} % of the time; ${touched.length.toLocaleString('en')} rows in play. Each user in a loop GETs a row and PATCHes forecast, status and a comment unique to the request with the version it read (no pause: a harder load than people typing).`,
        `Checked after each load in the database: each row's version moved once per 200 of that load and holds what the 200 with the highest version wrote; no two 200s got the same version; the new audit rows are exactly the 200s (${loads.map((l) => `${l.seconds} s: ${l.audited.toLocaleString('en')} audit rows for ${l.ok.toLocaleString('en')} 200s`).join('; ')}); no 409's comment is in a row or the audit log; no 5xx.`,
        'Every PATCH takes the budget year\'s row lock (assertYearOpen, SELECT … FOR UPDATE) until its transaction ends, so the writes to one round queue for that lock one at a time: their throughput is bounded by how long each holds it (the row\'s read, the conditional UPDATE, the read back and the audit row).',
        ...(problems.length ? [`Mismatches (first 20): ${problems.slice(0, 20).join('; ')}`] : []),
        `The API runs in its own process with the worker in-process (RUN_WORKER=true, as \`npm start\`); the ${users.length} users are async loops in the bench process (Node fetch); all share the machine with PostgreSQL.`,
      ],
    };
  } finally {
    await api.stop();
  }
}

runBench(main);
