import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createTestDatabase, dataSourceOptions, TestDatabase } from '@budgetspor/server/database';
import { cleanUp, expectedFromApi, sortedJson, waitFor, yearSettled } from './support/fault-helpers';
import { freePort } from './support/redis-server';
import { TEST_ADMIN, TestApp } from './support/test-app';
import { startApiProcess, startWorker, WorkerProcess } from './support/worker-process';

const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
type Request = TestApp['request'];

function client(base: string): Request {
  return async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers['authorization'] = `Bearer ${options.token}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(base + path, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
    const text = await res.text();
    return { status: res.status, body: text && (res.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text, headers: res.headers };
  };
}

/**
 * Scale out as docker-compose would run it: two API processes (no in-process worker) and two
 * worker processes on one PostgreSQL database and one Redis, all started at once on an empty
 * database. Sessions work across the APIs; every change made through either is allocated, and
 * the result is the rule's, exactly as with one process.
 */
describe('two API processes and two workers on one database and Redis', () => {
  let db: TestDatabase;
  let ds: DataSource;
  const processes: WorkerProcess[] = [];
  let one: Request;
  let two: Request;

  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false });
    const env = { DATABASE_URL: db.url, REDIS_URL, QUEUE_PREFIX: `bs_test_${randomBytes(4).toString('hex')}` };
    const apiEnv = { ...env, ADMIN_EMAIL: TEST_ADMIN.email, ADMIN_PASSWORD: TEST_ADMIN.password, LOGIN_LIMIT_PER_IP: '1000' };
    const [portOne, portTwo] = [await freePort(), await freePort()];
    // Both APIs migrate and seed the same empty database at the same moment.
    const started = await Promise.allSettled([
      startApiProcess({ ...apiEnv, PORT: String(portOne) }, { readyTimeoutMs: 90_000 }),
      startApiProcess({ ...apiEnv, PORT: String(portTwo) }, { readyTimeoutMs: 90_000 }),
      startWorker(env, { readyTimeoutMs: 90_000 }),
      startWorker(env, { readyTimeoutMs: 90_000 }),
    ]);
    for (const s of started) if (s.status === 'fulfilled') processes.push(s.value);
    const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) throw failed.reason;
    one = client(`http://127.0.0.1:${portOne}`);
    two = client(`http://127.0.0.1:${portTwo}`);
    ds = await new DataSource(dataSourceOptions(db.url)).initialize();
  }, 180_000);

  afterAll(async () => {
    await cleanUp([
      ['stop the processes', () => Promise.all(processes.map((p) => p.kill('SIGTERM')))],
      ['close the data source', () => ds?.destroy()],
      ['drop the database', () => db?.drop()],
    ]);
  }, 60_000);

  it('keeps one admin and one migration history after both started at once', async () => {
    const [{ n: admins }] = await ds.query(`SELECT count(*)::int AS n FROM users WHERE role = 'admin'`);
    expect(admins).toBe(1);
    const [{ n: duplicates }] = await ds.query(`SELECT count(*)::int AS n FROM (SELECT name FROM migrations GROUP BY name HAVING count(*) > 1) d`);
    expect(duplicates).toBe(0);
  });

  it('accepts a session from one API on the other, and a logout on one ends it on both', async () => {
    const login = await one('POST', '/api/auth/login', { body: TEST_ADMIN });
    expect(login.status).toBe(200);
    const token = login.body.accessToken;
    expect((await two('GET', '/api/auth/me', { token })).body.email).toBe(TEST_ADMIN.email);
    expect((await two('POST', '/api/auth/logout', { token })).status).toBeLessThan(300);
    expect((await one('GET', '/api/auth/me', { token })).status).toBe(401);
  });

  it('allocates changes made through either API once each, exactly as the rule says', async () => {
    const admin = (await one('POST', '/api/auth/login', { body: TEST_ADMIN })).body.accessToken;
    const ok = async (res: Promise<{ status: number; body: unknown }>, what: string) => {
      const r = await res;
      if (r.status >= 300) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body)}`);
      return r.body as Record<string, never>;
    };
    await ok(one('POST', '/api/administrations', { token: admin, body: { code: 'BMF', name: 'Borgmesterforvaltningen' } }), 'administration');
    for (const code of ['ØU', 'SAU', 'ÆHU']) {
      await ok(two('POST', '/api/committees', { token: admin, body: { code, name: `Udvalg ${code}`, administrationCode: 'BMF' } }), `committee ${code}`);
    }
    await ok(one('POST', '/api/users', { token: admin, body: { email: 'f@test.dk', name: 'Økonomi', role: 'finance', password: 'okonomi-kodeord', committeeCodes: [] } }), 'finance');
    const finance = (await two('POST', '/api/auth/login', { body: { email: 'f@test.dk', password: 'okonomi-kodeord' } })).body.accessToken;
    const tracks = [
      ['SVR', { ÆHU: '1', SAU: '1.5', ØU: '0.333333' }],
      ['SELV', { SAU: '1' }],
      ['ÅBEN', { ØU: '1', SAU: '1' }],
    ] as const;
    for (const [i, [code, shares]] of tracks.entries()) {
      const body = { code, name: `Spor ${code}`, administrationCode: 'BMF', startYear: 2030, shares: Object.entries(shares).map(([committeeCode, weight]) => ({ committeeCode, weight })) };
      await ok((i % 2 ? two : one)('POST', '/api/tracks', { token: finance, body }), `track ${code}`);
    }
    await ok(one('POST', '/api/budget-years', { token: finance, body: { year: 2030, title: 'Budget 2030' } }), 'budget year');
    // Eight revisions alternating between the APIs, then a track change through each.
    for (let i = 0; i < 8; i++) {
      const body = {
        decidedOn: '2029-02-06', decidedBy: 'ØU', title: `Revision ${i + 1}`, allocationMethod: 'top_down',
        pool: { 2030: String(10_000_000 + i * 777_777), 2031: String(20_000_001 + i), 2032: '3', 2033: '0' },
        trackWeights: [{ trackCode: 'SVR', weight: String(1 + i) }, { trackCode: 'SELV', weight: '1.5' }, { trackCode: 'ÅBEN', weight: '0.25' }],
      };
      await ok((i % 2 ? two : one)('POST', '/api/budget-years/2030/frameworks', { token: finance, body }), `framework ${i}`);
    }
    const selv = await ok(one('GET', '/api/tracks/SELV', { token: finance }), 'track SELV');
    await ok(two('PATCH', '/api/tracks/SELV', { token: finance, body: { shares: [{ committeeCode: 'SAU', weight: '2' }, { committeeCode: 'ØU', weight: '1' }], version: selv['version'] } }), 'patch SELV');

    const settled = await waitFor('the year to settle', async () => {
      const [pending] = await ds.query(`SELECT count(*)::int AS n FROM outbox WHERE dispatched_at IS NULL`);
      return pending.n === 0 ? yearSettled(ds, 2030) : undefined;
    }, 60_000, 100);

    // Each generation succeeded at most once; none failed.
    const [{ twice }] = await ds.query(`SELECT count(*)::int AS twice FROM (SELECT generation FROM allocation_runs WHERE status = 'succeeded' GROUP BY generation HAVING count(*) > 1) g`);
    expect(twice).toBe(0);
    const [{ failed }] = await ds.query(`SELECT count(*)::int AS failed FROM allocation_runs WHERE status = 'failed'`);
    expect(failed).toBe(0);

    // Both APIs show the same current allocation: the rule applied to the final inputs.
    const { result } = await expectedFromApi({ request: one } as TestApp, finance, 2030);
    for (const api of [one, two]) {
      const allocation = await ok(api('GET', '/api/budget-years/2030/allocation', { token: finance }), 'allocation');
      expect((allocation['run'] as { id: string }).id).toBe(settled.currentRunId);
      expect(allocation['cells']).toEqual(result.cells);
      expect(sortedJson(allocation['unallocated'] ?? {})).toBe(sortedJson(result.unallocated));
    }
  }, 120_000);
});
