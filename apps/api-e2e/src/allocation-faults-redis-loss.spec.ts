import { DataSource, QueryRunner } from 'typeorm';
import { cleanUp, waitFor } from './support/fault-helpers';
import { startRedisServer, ThrowawayRedis } from './support/redis-server';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Fault test: Redis crashes (no persistence) while a recompute job is waiting in it, i.e.
 * after the relay marked the outbox row dispatched but before a worker took the job. Once
 * Redis is back the allocation must still catch up without any manual step (issue 5,
 * "Done when"), and later changes must not be swallowed.
 *
 * To have a job wait in Redis, the single worker (concurrency 1) must be busy. The test
 * holds a row lock on one of 2050's savings rows, so a run of 2050 stops inside its second
 * transaction (where it updates the savings rows) — standing for a long run of 2050 in progress — while
 * a change to 2051 is queued behind it.
 */
describe('allocation faults: Redis loses a waiting recompute job', () => {
  let redis: ThrowawayRedis;
  let t: TestApp;
  let lock: QueryRunner | undefined;
  let finance: string;
  const timings: Record<string, number> = {};

  beforeAll(async () => {
    redis = await startRedisServer();
    t = await startTestApp({ RUN_WORKER: 'true', REDIS_URL: redis.url });
    await t.createOrganisation();
    finance = await t.tokenFor('finance');
    const res = await t.request('POST', '/api/tracks', {
      token: finance,
      body: { code: 'SVR', name: 'Spor SVR', administrationCode: 'BMF', startYear: 2050, shares: [{ committeeCode: 'SAU', weight: '1' }, { committeeCode: 'ØU', weight: '1' }] },
    });
    if (res.status !== 201) throw new Error(`track: ${res.status} ${JSON.stringify(res.body)}`);
    for (const year of [2050, 2051]) {
      const y = await t.request('POST', '/api/budget-years', { token: finance, body: { year, title: `Budget ${year}` } });
      if (y.status !== 201) throw new Error(`budget year ${year}: ${y.status}`);
    }
  }, 30_000);

  afterAll(async () => {
    await cleanUp([
      ['release the year lock', async () => {
        if (lock && !lock.isReleased) {
          await lock.rollbackTransaction().catch(() => undefined);
          await lock.release();
        }
      }],
      ['restart redis for shutdown', () => (redis && !redis.running ? redis.start() : undefined)],
      ['close app and drop database', () => t?.close()],
      ['stop redis and remove its dir', () => redis?.cleanup()],
    ]);
    console.log(`allocation-faults-redis-loss timings (ms): ${JSON.stringify(timings)}`);
  }, 60_000);

  const framework = (year: number, pool: string) =>
    t.request('POST', `/api/budget-years/${year}/frameworks`, {
      token: finance,
      body: {
        decidedOn: '2049-02-06', decidedBy: 'ØU', title: 'Ramme', allocationMethod: 'top_down',
        pool: Object.fromEntries([0, 1, 2, 3].map((i) => [String(year + i), pool])), trackWeights: [{ trackCode: 'SVR', weight: '1' }],
      },
    });
  const latestRun = async (year: number) => (await t.request('GET', `/api/budget-years/${year}/allocation-runs?limit=1`, { token: finance })).body[0];

  it('recomputes a year whose waiting job Redis lost, without any manual step', async () => {
    const ds = t.app.get(DataSource);
    expect((await framework(2050, '100')).status).toBe(201);
    await waitFor('2050 revision 1', async () => ((await latestRun(2050)).status === 'succeeded' ? true : undefined), 10_000);

    // The worker gets busy with 2050: a new pool changes every savings row's expected amount,
    // and its run stops at the savings rows we lock.
    lock = ds.createQueryRunner();
    await lock.connect();
    await lock.startTransaction();
    await lock.query(`SELECT 1 FROM savings WHERE budget_year = 2050 FOR UPDATE`);
    expect((await framework(2050, '200')).status).toBe(201);
    await waitFor(
      'the 2050 run to wait at the savings lock',
      async () => {
        const [row] = await ds.query(
          `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%INSERT INTO savings%'`,
        );
        return row ? true : undefined;
      },
      10_000,
    );

    // A change to 2051: its job goes to Redis and waits there behind the busy worker.
    expect((await framework(2051, '10')).status).toBe(201);
    const lost = await latestRun(2051);
    expect(lost.status).toBe('queued');
    await waitFor(
      'the 2051 job to be dispatched to Redis',
      async () => ((await ds.query(`SELECT dispatched_at FROM outbox WHERE payload->>'runId' = $1`, [lost.id]))[0]?.dispatched_at ? true : undefined),
      10_000,
    );

    // Redis crashes and comes back empty: the waiting job is gone.
    await redis.stop('SIGKILL');
    await redis.start();
    const back = Date.now();
    await lock.rollbackTransaction();
    await lock.release();

    // A later change to 2051 as well; whatever happened to the first job, this one must be allocated.
    expect((await framework(2051, '20')).status).toBe(201);

    const allocation = await waitFor(
      '2051 revision 2 to be allocated after Redis came back',
      async () => {
        const res = await t.request('GET', '/api/budget-years/2051/allocation', { token: finance });
        return res.body.run?.frameworkRevision === 2 ? res.body : undefined;
      },
      20_000,
      100,
    ).catch(async (error) => {
      const runs = await ds.query(
        `SELECT r.id, r.status, r.generation, r.framework_revision, o.dispatched_at IS NOT NULL AS dispatched
           FROM allocation_runs r LEFT JOIN outbox o ON o.payload->>'runId' = r.id::text WHERE r.budget_year = 2051 ORDER BY r.queued_at`,
      );
      const manual = await t.request('POST', '/api/budget-years/2051/allocation/recompute', { token: finance });
      throw new Error(
        `${(error as Error).message}; runs of 2051: ${JSON.stringify(runs)}; a manual recompute now answers ${manual.status} ` +
          `with run ${manual.body.runId}${manual.body.runId === lost.id ? ' — the same orphaned run, which has no job' : ''}`,
      );
    });
    timings['catchUpAfterRedisBack'] = Date.now() - back;
    expect(allocation.cells).toEqual([
      { trackCode: 'SVR', committeeCode: 'SAU', year: 2051, amount: '10' }, { trackCode: 'SVR', committeeCode: 'ØU', year: 2051, amount: '10' },
      { trackCode: 'SVR', committeeCode: 'SAU', year: 2052, amount: '10' }, { trackCode: 'SVR', committeeCode: 'ØU', year: 2052, amount: '10' },
      { trackCode: 'SVR', committeeCode: 'SAU', year: 2053, amount: '10' }, { trackCode: 'SVR', committeeCode: 'ØU', year: 2053, amount: '10' },
      { trackCode: 'SVR', committeeCode: 'SAU', year: 2054, amount: '10' }, { trackCode: 'SVR', committeeCode: 'ØU', year: 2054, amount: '10' },
    ]);
  }, 60_000);
});
