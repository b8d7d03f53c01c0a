/**
 * Benchmark 5 (issue 9, part 4), writes under contention: on the scale data, 50 committee
 * users (5 per committee) follow up the newest open round at once for 30 s. Each user in a
 * loop reads a row (GET /api/savings/:id) and PATCHes it with the version it read: mostly
 * rows of its own, now and then one of a few rows its committee's users share, so some
 * writers lose to another with the same version and get 409.
 *
 * Afterwards the database must show exactly what the answers said: for every row, its
 * version moved once per 200 and it holds what the last 200 wrote; no two 200s got the same
 * version of a row; every 409 left nothing (its comment is nowhere, in the row or the
 * audit log); one audit row per 200; no 5xx. A mismatch is a FAIL in the table (and fails
 * the smoke run, so `npm test` catches it).
 */
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { startApi } from './support/api';
import { type BenchReport, type Figure, runBench, SMOKE } from './support/output';
import { insertHistory } from './support/scale-history';
import { percentile, prng } from './support/stats';

const SIZE = SMOKE
  ? { rounds: 3, tracks: 10, committees: 2, usersPerCommittee: 2, seconds: 2 }
  : { rounds: 25, tracks: 1000, committees: 10, usersPerCommittee: 5, seconds: 30 };
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
    const before = new Map(
      (await query<{ id: string; version: number }>(api.db.url, `SELECT id, version FROM savings WHERE id = ANY($1::uuid[])`, [touched])).map((r) => [r.id, r.version]),
    );
    const [{ maxId: auditBefore }] = await query<{ maxId: string }>(api.db.url, `SELECT coalesce(max(id), 0)::text AS "maxId" FROM audit_log`);

    // The load: every user reads a row and writes it back with what it read, until the time is up.
    const writes: Write[] = [];
    const reads: number[] = [];
    const otherStatuses = new Map<number, number>();
    const started = performance.now();
    const deadline = started + SIZE.seconds * 1000;
    await Promise.all(
      users.map(async (user) => {
        const random = prng(1000 + user.index);
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
          const comment = `u${user.index}:${seq}`;
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
    const seconds = (performance.now() - started) / 1000;

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
    if (ok.length === 0 || (!SMOKE && conflicts.length === 0)) throw new Error(`${ok.length} writes answered 200 and ${conflicts.length} 409: the load did not contend`);
    // A full run reports a mismatch as a FAIL in the table; `npm test` (smoke) fails on it.
    if (SMOKE && problems.length) throw new Error(`writes under contention: the final state does not match the answers:\n${problems.slice(0, 20).join('\n')}`);

    const patchMs = writes.map((w) => w.ms);
    const figures: Figure[] = [
      { name: 'PATCH /api/savings/:id answered per second (200 and 409)', value: writes.length / seconds, unit: 'req/s' },
      { name: 'of which writes that won (200) per second', value: ok.length / seconds, unit: 'req/s' },
      { name: 'PATCH p50', value: percentile(patchMs, 50), unit: 'ms' },
      { name: 'PATCH p95', value: percentile(patchMs, 95), unit: 'ms' },
      { name: 'GET /api/savings/:id before each PATCH: p95', value: percentile(reads, 95), unit: 'ms' },
      { name: 'writes answered 200', value: ok.length, unit: 'count' },
      { name: 'writes answered 409 (stale version)', value: conflicts.length, unit: 'count' },
      { name: '200s not reflected in the final rows or the audit log', value: unreflected, unit: 'count', target: { op: '<=', value: 0 } },
      { name: '409s that changed something', value: leaked, unit: 'count', target: { op: '<=', value: 0 } },
      { name: 'answers 5xx', value: serverErrors, unit: 'count', target: { op: '<=', value: 0 } },
    ];
    return {
      title: `Writes under contention: ${users.length} committee users PATCHing savings rows of budget ${year} for ${SIZE.seconds} s (scale data: ${h.savingsRows.toLocaleString('en')} savings rows)`,
      baseline: 'none named in issue 9; the check is that the final state is exactly what the answers said',
      figures,
      notes: [
        `${SIZE.usersPerCommittee} users per committee, each with ${OWN_ROWS} rows of its own and ${SHARED_ROWS} rows shared by its committee's users, picked ${Math.round(SHARED_SHARE * 100)} % of the time; ${touched.length.toLocaleString('en')} rows in play. Each user in a loop GETs a row and PATCHes forecast, status and a comment unique to the request with the version it read (no pause: a harder load than people typing).`,
        `Checked afterwards in the database: each row's version moved once per 200 and holds what the 200 with the highest version wrote; no two 200s got the same version; the ${audit.length.toLocaleString('en')} new audit rows are exactly the ${ok.length.toLocaleString('en')} 200s; no 409's comment is in a row or the audit log; no 5xx.`,
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
