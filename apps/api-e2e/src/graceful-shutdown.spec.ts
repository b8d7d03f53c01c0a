import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { REQUEST_TIMEOUT_MESSAGE } from '@budgetspor/server/common';
import { createTestDatabase, TestDatabase } from '@budgetspor/server/database';
import { freePort } from './support/redis-server';
import { startTestApp, TEST_ADMIN } from './support/test-app';
import { startApiProcess, WorkerProcess } from './support/worker-process';

const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Holds an exclusive lock on budget_years in an open transaction, so a request reading them
 * waits (deterministically "in flight") until `release()`.
 */
async function lockBudgetYears(url: string): Promise<{ waiting(): Promise<boolean>; release(): Promise<void> }> {
  const client = new Client({ connectionString: url });
  await client.connect();
  await client.query('BEGIN');
  await client.query('LOCK TABLE budget_years IN ACCESS EXCLUSIVE MODE');
  return {
    async waiting() {
      const res = await client.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'");
      return res.rows[0].n > 0;
    },
    async release() {
      await client.query('ROLLBACK');
      await client.end();
    },
  };
}

async function until(check: () => Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

describe('SIGTERM: the API process stops taking requests, finishes the ones in flight and exits 0', () => {
  let db: TestDatabase;
  let api: WorkerProcess | undefined;

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await api?.kill();
    await db.drop();
  });

  it('answers the request in flight with 200, refuses new connections, and exits 0 within 10 s', async () => {
    const port = await freePort();
    api = await startApiProcess(
      {
        DATABASE_URL: db.url,
        REDIS_URL,
        QUEUE_PREFIX: `bs_test_${randomBytes(4).toString('hex')}`,
        PORT: String(port),
        ADMIN_EMAIL: TEST_ADMIN.email,
        ADMIN_PASSWORD: TEST_ADMIN.password,
        LOG_LEVEL: 'info',
      },
      { readyTimeoutMs: 60_000 },
    );
    const base = `http://127.0.0.1:${port}`;
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(TEST_ADMIN),
    });
    const { accessToken } = await login.json();

    const lock = await lockBudgetYears(db.url);
    const inFlight = fetch(`${base}/api/budget-years`, { headers: { authorization: `Bearer ${accessToken}` } });
    await until(() => lock.waiting(), 'the request to wait for the lock');

    const startedAt = Date.now();
    const stopped = api.kill('SIGTERM');
    await until(() => Promise.resolve(api?.output().includes('tager ikke imod nye forespørgsler') ?? false), 'the shutdown to begin');
    await expect(fetch(`${base}/api/health`, { headers: { connection: 'close' } })).rejects.toThrow();

    await lock.release();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual([]);
    await stopped;
    expect(await api.exited).toEqual({ code: 0, signal: null });
    expect(Date.now() - startedAt).toBeLessThan(10_000);
  }, 90_000);
});

describe('request timeout', () => {
  it('answers 503 in Danish when a request is still unanswered after REQUEST_TIMEOUT_MS, and serves again afterwards', async () => {
    const t = await startTestApp({ REQUEST_TIMEOUT_MS: '1000' });
    try {
      const token = await t.adminToken();
      const lock = await lockBudgetYears(t.db.url);
      const startedAt = Date.now();
      const res = await t.request('GET', '/api/budget-years', { token });
      const took = Date.now() - startedAt;
      await lock.release();
      expect(res.status).toBe(503);
      expect(res.body).toEqual({ statusCode: 503, error: 'Service Unavailable', message: REQUEST_TIMEOUT_MESSAGE });
      expect(took).toBeGreaterThanOrEqual(950);
      expect(took).toBeLessThan(5_000);
      expect((await t.request('GET', '/api/budget-years', { token })).status).toBe(200);
    } finally {
      await t.close();
    }
  });
});
