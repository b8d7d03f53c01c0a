import { DataSource } from 'typeorm';
import { cleanUp, expectedFromApi, waitFor } from './support/fault-helpers';
import { sleep, startRedisServer, ThrowawayRedis } from './support/redis-server';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Fault test (issue 5, "Done when"): Redis stopped while a framework is posted. The change
 * must commit with its outbox row, health must say Redis is down, and once Redis is back
 * (an empty one: it crashed and kept nothing) the allocation must catch up on its own.
 */
describe('allocation faults: Redis stopped while a framework is posted', () => {
  let redis: ThrowawayRedis;
  let t: TestApp;
  let finance: string;
  const timings: Record<string, number> = {};

  beforeAll(async () => {
    redis = await startRedisServer();
    t = await startTestApp({ RUN_WORKER: 'true', REDIS_URL: redis.url });
    await t.createOrganisation();
    finance = await t.tokenFor('finance');
    const track = async (code: string, startYear: number, committees: string[]) => {
      const res = await t.request('POST', '/api/tracks', {
        token: finance,
        body: { code, name: `Spor ${code}`, administrationCode: 'BMF', startYear, shares: committees.map((committeeCode) => ({ committeeCode, weight: '1' })) },
      });
      if (res.status !== 201) throw new Error(`track ${code}: ${res.status} ${JSON.stringify(res.body)}`);
    };
    await track('SVR', 2014, ['ÆHU', 'SAU', 'ØU']);
    await track('SELV', 2014, ['SAU']);
    await track('NY', 2016, ['ØU']);
    const year = await t.request('POST', '/api/budget-years', { token: finance, body: { year: 2014, title: 'Budget 2014' } });
    if (year.status !== 201) throw new Error(`budget year: ${year.status}`);
  }, 30_000);

  afterAll(async () => {
    // Redis back first, so closing the app's BullMQ connections cannot hang on a dead server.
    await cleanUp([
      ['restart redis for shutdown', () => (redis && !redis.running ? redis.start() : undefined)],
      ['close app and drop database', () => t?.close()],
      ['stop redis and remove its dir', () => redis?.cleanup()],
    ]);
    console.log(`allocation-faults-redis timings (ms): ${JSON.stringify(timings)}`);
  }, 60_000);

  const framework = (pool: Record<string, string>, trackWeights: { trackCode: string; weight: string }[]) =>
    t.request('POST', '/api/budget-years/2014/frameworks', {
      token: finance,
      body: { decidedOn: '2013-02-06', decidedBy: 'ØU', title: 'Ramme', allocationMethod: 'top_down', pool, trackWeights },
    });

  const allocationOfRevision = (revision: number, timeoutMs: number) =>
    waitFor(
      `a succeeded current run of revision ${revision}`,
      async () => {
        const res = await t.request('GET', '/api/budget-years/2014/allocation', { token: finance });
        return res.body.run?.frameworkRevision === revision && res.body.run.status === 'succeeded' ? res.body : undefined;
      },
      timeoutMs,
      50,
    );

  it('keeps accepting changes while Redis is down, reports it, and catches up by itself once Redis is back', async () => {
    const scenarioStarted = Date.now();
    const ds = t.app.get(DataSource);

    // Revision 1 with Redis up: the normal path works, and gives a result to keep showing.
    const first = await framework({ '2014': '100', '2015': '0', '2016': '1000', '2017': '10' }, [
      { trackCode: 'SVR', weight: '2' }, { trackCode: 'SELV', weight: '1' }, { trackCode: 'NY', weight: '1' },
    ]);
    expect(first.status).toBe(201);
    const before = await allocationOfRevision(1, 10_000);
    expect((await t.request('GET', '/api/health')).status).toBe(200);

    // Redis crashes (SIGKILL, nothing saved).
    await redis.stop('SIGKILL');

    let started = Date.now();
    const posted = await framework({ '2014': '10', '2015': '7', '2016': '100', '2017': '1' }, [
      { trackCode: 'SVR', weight: '1' }, { trackCode: 'SELV', weight: '2' }, { trackCode: 'NY', weight: '3' },
    ]);
    timings['postWhileRedisDown'] = Date.now() - started;
    expect(posted.status).toBe(201);
    expect(posted.body.revision).toBe(2);
    expect(timings['postWhileRedisDown']).toBeLessThan(3000);

    started = Date.now();
    const health = await t.request('GET', '/api/health');
    timings['healthWhileRedisDown'] = Date.now() - started;
    expect(health.status).toBe(503);
    expect(health.body).toEqual({ status: 'error', db: 'up', redis: 'down' });
    expect(timings['healthWhileRedisDown']).toBeLessThan(3000);

    // The change's run waits in the outbox, undispatched, through several relay polls (1 s each).
    const [run] = (await t.request('GET', '/api/budget-years/2014/allocation-runs?limit=1', { token: finance })).body;
    expect(run).toMatchObject({ status: 'queued', reason: 'framework' });
    const outboxRow = async () =>
      (await ds.query(`SELECT dispatched_at AS "dispatchedAt" FROM outbox WHERE payload->>'runId' = $1`, [run.id])) as { dispatchedAt: Date | null }[];
    expect(await outboxRow()).toEqual([{ dispatchedAt: null }]);
    await sleep(2500);
    expect(await outboxRow()).toEqual([{ dispatchedAt: null }]);
    expect((await t.request('GET', `/api/allocation-runs/${run.id}`, { token: finance })).body.status).toBe('queued');
    // Readers still see revision 1's result.
    const meanwhile = await t.request('GET', '/api/budget-years/2014/allocation', { token: finance });
    expect(meanwhile.body.run.id).toBe(before.run.id);
    expect(meanwhile.body.cells).toEqual(before.cells);

    // Redis comes back, empty, on the same port; no manual step follows.
    await redis.start();
    started = Date.now();
    const after = await allocationOfRevision(2, 20_000);
    timings['catchUpAfterRedisBack'] = Date.now() - started;

    expect(after.run).toMatchObject({ id: run.id, budgetYear: 2014, frameworkRevision: 2, status: 'succeeded', allocationMethod: 'top_down' });
    // Worked by hand (weights SVR 1 : SELV 2 : NY 3, NY from 2016; ties → larger weight, then code by code point):
    // 2014: 10 over SVR/SELV → 3.33/6.67 → SVR 3, SELV 7; SVR 3 → 1/1/1.
    // 2015: 7 → 2.33/4.67 → SVR 2, SELV 5; SVR 2 over three equal shares → SAU, ÆHU get the kroner, ØU 0 (left out).
    // 2016: 100 over 1:2:3 → 16.67/33.33/50 → SVR 17, SELV 33, NY 50; SVR 17 → 5.67 ×3 → SAU 6, ÆHU 6, ØU 5.
    // 2017: 1 → 0.17/0.33/0.5 → NY gets the krone.
    const cell = (trackCode: string, committeeCode: string, year: number, amount: string) => ({ trackCode, committeeCode, year, amount });
    const expectedCells = [
      cell('SELV', 'SAU', 2014, '7'), cell('SVR', 'SAU', 2014, '1'), cell('SVR', 'ÆHU', 2014, '1'), cell('SVR', 'ØU', 2014, '1'),
      cell('SELV', 'SAU', 2015, '5'), cell('SVR', 'SAU', 2015, '1'), cell('SVR', 'ÆHU', 2015, '1'),
      cell('NY', 'ØU', 2016, '50'), cell('SELV', 'SAU', 2016, '33'), cell('SVR', 'SAU', 2016, '6'), cell('SVR', 'ÆHU', 2016, '6'), cell('SVR', 'ØU', 2016, '5'),
      cell('NY', 'ØU', 2017, '1'),
    ];
    expect(after.cells).toEqual(expectedCells);
    expect(after.unallocated).toEqual({});
    // The pure function agrees with the hand-worked figures for the inputs the API shows.
    const { result } = await expectedFromApi(t, finance, 2014);
    expect(result.cells).toEqual(expectedCells);

    const [row] = await outboxRow();
    expect(row.dispatchedAt).not.toBeNull();
    expect((await t.request('GET', '/api/health')).status).toBe(200);
    timings['scenarioTotal'] = Date.now() - scenarioStarted;
  }, 60_000);
});
