import { DataSource } from 'typeorm';
import { COALESCE_DELAY_MS } from '@budgetspor/server/allocation';
import { cleanUp, expectedFromApi, storedCells, sumsPerYear, waitFor, yearSettled } from './support/fault-helpers';
import { startRedisServer, ThrowawayRedis } from './support/redis-server';
import { startTestApp, TestApp } from './support/test-app';

const YEAR = 2040;
const CHANGES = 100;
const MAX_RUNS = Number(process.env['FAULT_MAX_RUNS'] ?? 10);
const POOL = { '2040': '1000003', '2041': '999999', '2042': '1234567', '2043': '7' };
/** The two share sets the burst alternates between, and the different last one. */
const SHARES_A = [{ committeeCode: 'SAU', weight: '1' }, { committeeCode: 'ØU', weight: '2' }];
const SHARES_B = [{ committeeCode: 'ÆHU', weight: '3' }, { committeeCode: 'SAU', weight: '1' }];
/** In code point order (SAU < ÆHU < ØU), as the API returns shares. */
const SHARES_LAST = [{ committeeCode: 'SAU', weight: '1' }, { committeeCode: 'ÆHU', weight: '1' }, { committeeCode: 'ØU', weight: '1' }];
/** Three tracks of the year take the burst side by side (small concurrency), SVR takes the last change. */
const LANES = ['SVR', 'SELV', 'ÅBEN'];

/**
 * Fault test (issue 5, part 2): bursts of changes coalesce — 100 changes within about a
 * second give few runs, and the final result reflects the last change.
 */
describe('allocation faults: a burst of 100 changes coalesces', () => {
  let redis: ThrowawayRedis;
  let t: TestApp;
  let finance: string;
  const timings: Record<string, number> = {};

  beforeAll(async () => {
    redis = await startRedisServer();
    t = await startTestApp({ RUN_WORKER: 'true', REDIS_URL: redis.url });
    await t.createOrganisation();
    finance = await t.tokenFor('finance');
    for (const code of LANES) {
      const shares = SHARES_A;
      const res = await t.request('POST', '/api/tracks', { token: finance, body: { code, name: `Spor ${code}`, administrationCode: 'BMF', startYear: YEAR, shares } });
      if (res.status !== 201) throw new Error(`track ${code}: ${res.status} ${JSON.stringify(res.body)}`);
    }
    const year = await t.request('POST', '/api/budget-years', { token: finance, body: { year: YEAR, title: `Budget ${YEAR}` } });
    if (year.status !== 201) throw new Error(`budget year: ${year.status}`);
  }, 30_000);

  afterAll(async () => {
    await cleanUp([
      ['close app and drop database', () => t?.close()],
      ['stop redis and remove its dir', () => redis?.cleanup()],
    ]);
    console.log(`allocation-faults-coalescing timings (ms) and counts: ${JSON.stringify(timings)}`);
  }, 60_000);

  it(`gives at most ${MAX_RUNS} runs for ${CHANGES} quick changes, and the result of the last one`, async () => {
    const scenarioStarted = Date.now();
    const ds = t.app.get(DataSource);
    const posted = await t.request('POST', `/api/budget-years/${YEAR}/frameworks`, {
      token: finance,
      body: { decidedOn: '2039-02-06', decidedBy: 'ØU', title: 'Ramme', allocationMethod: 'top_down', pool: POOL, trackWeights: [{ trackCode: 'SVR', weight: '2' }, { trackCode: 'SELV', weight: '0.5' }, { trackCode: 'ÅBEN', weight: '0.5' }] },
    });
    expect(posted.status).toBe(201);
    const before = await waitFor('the framework to be allocated', () => yearSettled(ds, YEAR), 10_000);
    const [{ n: runsBefore }] = await ds.query(`SELECT count(*)::int AS n FROM allocation_runs WHERE budget_year = $1`, [YEAR]);

    // 100 share changes to tracks of the year as fast as the API takes them: 99 in three
    // parallel lanes (one track each, alternating two share sets), then the last one alone.
    const statuses: number[] = [];
    const patch = async (code: string, shares: unknown, version: number): Promise<number> => {
      const res = await t.request('PATCH', `/api/tracks/${code}`, { token: finance, body: { shares, version } });
      statuses.push(res.status);
      return res.status === 200 ? res.body.version : version;
    };
    const versions = new Map<string, number>();
    for (const code of LANES) versions.set(code, (await t.request('GET', `/api/tracks/${code}`, { token: finance })).body.version);
    const started = Date.now();
    await Promise.all(
      LANES.map(async (code) => {
        for (let i = 0; i < (CHANGES - 1) / LANES.length; i++) versions.set(code, await patch(code, i % 2 === 0 ? SHARES_B : SHARES_A, versions.get(code) ?? 0));
      }),
    );
    await patch('SVR', SHARES_LAST, versions.get('SVR') ?? 0);
    timings['burst'] = Date.now() - started;
    expect(statuses).toHaveLength(CHANGES);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);

    const settleStarted = Date.now();
    const after = await waitFor('the burst to be allocated', () => yearSettled(ds, YEAR), 20_000, 50);
    timings['settleAfterBurst'] = Date.now() - settleStarted;
    expect(after.generation).toBe(before.generation + CHANGES);

    const [{ n: runsAfter }] = await ds.query(`SELECT count(*)::int AS n FROM allocation_runs WHERE budget_year = $1`, [YEAR]);
    timings['runsForBurst'] = runsAfter - runsBefore;

    // The final allocation is the rule applied to the last change (equal thirds), not to A or B.
    const { input, result } = await expectedFromApi(t, finance, YEAR);
    expect(input.tracks.find((tr) => tr.code === 'SVR')?.shares).toEqual(SHARES_LAST);
    const allocation = await t.request('GET', `/api/budget-years/${YEAR}/allocation`, { token: finance });
    expect(allocation.body.run.id).toBe(after.currentRunId);
    expect(allocation.body.cells).toEqual(result.cells);
    expect(allocation.body.cells.filter((c: { trackCode: string; year: number }) => c.trackCode === 'SVR' && c.year === 2040)).toEqual([
      // SVR gets 2/3 of 1,000,003 = 666,668.67 → 666,669 (the leftover krone: largest remainder; the other two
      // tracks tie at 166,667.17 each); over three equal shares → 222,223 each.
      { trackCode: 'SVR', committeeCode: 'SAU', year: 2040, amount: '222223' },
      { trackCode: 'SVR', committeeCode: 'ÆHU', year: 2040, amount: '222223' },
      { trackCode: 'SVR', committeeCode: 'ØU', year: 2040, amount: '222223' },
    ]);
    expect(sumsPerYear(await storedCells(ds, after.currentRunId))).toEqual(POOL);
    timings['scenarioTotal'] = Date.now() - scenarioStarted;

    // The point of coalescing: far fewer runs than changes. A queued run absorbs changes for
    // the coalescing window, so a burst stretched by a loaded machine may give a few more
    // runs, but never more than one per window (without coalescing it is about one per change).
    const bound = Math.max(MAX_RUNS, Math.ceil(timings['burst'] / COALESCE_DELAY_MS));
    expect(runsAfter - runsBefore).toBeLessThanOrEqual(bound);
  }, 60_000);
});
