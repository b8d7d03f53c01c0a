import { DataSource } from 'typeorm';
import {
  allocatedPerYear, cleanUp, expectedFromApi, runsNotMatchingTheirInputs, savingsVersusCells, sortedJson, storedCells, sumsPerYear, timeline, waitFor, yearSettled,
} from './support/fault-helpers';
import { startRedisServer, ThrowawayRedis } from './support/redis-server';
import { startTestApp, TestApp } from './support/test-app';
import { startWorker, WorkerProcess } from './support/worker-process';

const YEARS = [2030, 2031];
const COMMITTEES = ['ØU', 'SAU', 'ÆHU'];
/** Codes chosen for code-point order traps: Å (U+00C5) before Æ (U+00C6), both after Z. */
const TRACKS: { code: string; startYear: number; shares: Record<string, string> }[] = [
  { code: 'SVR', startYear: 2030, shares: { ÆHU: '1', SAU: '1.5', ØU: '0.333333' } },
  { code: 'SELV', startYear: 2030, shares: { SAU: '1' } },
  { code: 'ÆLIV', startYear: 2031, shares: { ÆHU: '2', ØU: '1' } },
  { code: 'ÅBEN', startYear: 2030, shares: { ØU: '1', SAU: '1' } },
  { code: 'VIF', startYear: 2032, shares: { ØU: '3', ÆHU: '1' } },
  { code: 'NY', startYear: 2030, shares: { SAU: '1', ÆHU: '1', ØU: '1' } },
];

/** mulberry32: a small seeded generator, so a failing burst can be replayed with FAULT_SEED. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Fault test (issue 5, "Done when"): two workers at once → no mixed or duplicated cells.
 * The API's in-process worker and a separate worker process both consume the queue while a
 * burst of framework revisions and track changes hits two budget years.
 */
describe('allocation faults: two workers at once', () => {
  let redis: ThrowawayRedis;
  let t: TestApp;
  let second: WorkerProcess;
  let finance: string;
  const timings: Record<string, number> = {};
  const seed = Number(process.env['FAULT_SEED'] ?? Date.now() % 1_000_000);
  const rnd = random(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)];
  const weight = () => `${1 + int(5)}.${String(int(1_000_000)).padStart(6, '0')}`;
  const subset = <T>(items: readonly T[]): T[] => {
    const chosen = items.filter(() => rnd() < 0.6);
    return chosen.length ? chosen : [pick(items)];
  };

  beforeAll(async () => {
    redis = await startRedisServer();
    t = await startTestApp({ RUN_WORKER: 'true', REDIS_URL: redis.url });
    const workerStarted = Date.now();
    // LOG_LEVEL debug: the processor logs one line per run it handled, so we can see it took part.
    const spawned = startWorker({ DATABASE_URL: t.db.url, REDIS_URL: redis.url, QUEUE_PREFIX: t.config.queuePrefix, LOG_LEVEL: 'debug' });
    await t.createOrganisation();
    finance = await t.tokenFor('finance');
    for (const track of TRACKS) {
      const res = await t.request('POST', '/api/tracks', {
        token: finance,
        body: {
          code: track.code, name: `Spor ${track.code}`, administrationCode: 'BMF', startYear: track.startYear,
          shares: Object.entries(track.shares).map(([committeeCode, w]) => ({ committeeCode, weight: w })),
        },
      });
      if (res.status !== 201) throw new Error(`track ${track.code}: ${res.status} ${JSON.stringify(res.body)}`);
    }
    for (const year of YEARS) {
      const res = await t.request('POST', '/api/budget-years', { token: finance, body: { year, title: `Budget ${year}` } });
      if (res.status !== 201) throw new Error(`budget year ${year}: ${res.status}`);
    }
    second = await spawned;
    timings['secondWorkerStart'] = Date.now() - workerStarted;
  }, 40_000);

  afterAll(async () => {
    await cleanUp([
      ['kill the second worker', () => second?.kill('SIGKILL')],
      ['close app and drop database', () => t?.close()],
      ['stop redis and remove its dir', () => redis?.cleanup()],
    ]);
    console.log(`allocation-faults-two-workers (seed ${seed}) timings (ms): ${JSON.stringify(timings)}`);
  }, 60_000);

  const frameworkBody = (year: number) => ({
    decidedOn: '2029-02-06', decidedBy: 'ØU', title: 'Ramme', allocationMethod: 'top_down',
    pool: Object.fromEntries([0, 1, 2, 3].map((i) => [String(year + i), String(rnd() < 0.1 ? int(3) : int(50_000_000))])),
    trackWeights: subset(TRACKS).map((tr) => ({ trackCode: tr.code, weight: weight() })),
  });

  /** A change that alters the allocation: shares, status or start year. */
  const trackChange = (): Record<string, unknown> => {
    const kind = int(4);
    if (kind === 0) return { status: pick(['active', 'paused']) };
    if (kind === 1) return { startYear: 2029 + int(5) };
    return { shares: subset(COMMITTEES).map((committeeCode) => ({ committeeCode, weight: weight() })) };
  };

  it('ends with one consistent result per year, equal to the rule for the final inputs', async () => {
    const scenarioStarted = Date.now();
    const ds = t.app.get(DataSource);
    const failures: string[] = [];
    const expectStatus = (what: string, res: { status: number; body: unknown }, status: number) => {
      if (res.status !== status) failures.push(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
    };

    // Both years get a framework first, so every track change below touches them.
    for (const year of YEARS) expectStatus(`framework ${year}`, await t.request('POST', `/api/budget-years/${year}/frameworks`, { token: finance, body: frameworkBody(year) }), 201);

    // The burst: two lanes of framework revisions (one per year) and two lanes of track changes, all at once.
    // Every body is drawn before the burst, so FAULT_SEED replays the same content (only the timing differs).
    const revisions = new Map(YEARS.map((year) => [year, Array.from({ length: 10 }, () => frameworkBody(year))]));
    const changes = Array.from({ length: 2 }, () => Array.from({ length: 10 }, () => trackChange()));
    const frameworkLane = async (year: number) => {
      for (const [i, body] of (revisions.get(year) ?? []).entries()) {
        expectStatus(`framework ${year} #${i}`, await t.request('POST', `/api/budget-years/${year}/frameworks`, { token: finance, body }), 201);
      }
    };
    const trackLane = async (codes: string[], lane: Record<string, unknown>[]) => {
      const versions = new Map<string, number>();
      for (const code of codes) versions.set(code, (await t.request('GET', `/api/tracks/${code}`, { token: finance })).body.version);
      for (const [i, change] of lane.entries()) {
        const code = codes[i % codes.length];
        const res = await t.request('PATCH', `/api/tracks/${code}`, { token: finance, body: { ...change, version: versions.get(code) } });
        expectStatus(`PATCH ${code} #${i}`, res, 200);
        if (res.status === 200) versions.set(code, res.body.version);
      }
    };
    let started = Date.now();
    await Promise.all([frameworkLane(2030), frameworkLane(2031), trackLane(['SVR', 'ÆLIV', 'NY'], changes[0]), trackLane(['SELV', 'ÅBEN', 'VIF'], changes[1])]);
    timings['burst'] = Date.now() - started;
    expect(failures).toEqual([]);

    started = Date.now();
    const settled = await waitFor(
      'both years to settle',
      async () => {
        const states = await Promise.all(YEARS.map((y) => yearSettled(ds, y)));
        const [pending] = await ds.query(`SELECT count(*)::int AS n FROM outbox WHERE dispatched_at IS NULL`);
        const done = states.filter((s): s is NonNullable<typeof s> => s !== undefined);
        return done.length === YEARS.length && pending.n === 0 ? done : undefined;
      },
      30_000,
      100,
    );
    timings['settle'] = Date.now() - started;

    for (const [i, year] of YEARS.entries()) {
      const { generation, currentRunId } = settled[i];
      // The current run is the newest generation that succeeded.
      const [newest] = await ds.query(
        `SELECT id, generation FROM allocation_runs WHERE budget_year = $1 AND status = 'succeeded' ORDER BY generation DESC, finished_at DESC LIMIT 1`,
        [year],
      );
      expect(newest.generation).toBe(generation);
      const [{ failed }] = await ds.query(`SELECT count(*)::int AS failed FROM allocation_runs WHERE budget_year = $1 AND status = 'failed'`, [year]);
      expect(failed).toBe(0);

      // Its cells are the rule applied to the final framework and tracks, as the API shows them.
      const { result } = await expectedFromApi(t, finance, year);
      const allocation = await t.request('GET', `/api/budget-years/${year}/allocation`, { token: finance });
      expect(allocation.body.run.id).toBe(currentRunId);
      try {
        expect(allocation.body.cells).toEqual(result.cells);
        expect(sortedJson(allocation.body.unallocated)).toBe(sortedJson(result.unallocated));
      } catch (error) {
        // A stale year: show when revisions, track changes and runs happened (seed ${seed} replays the burst's content).
        throw new Error(`${(error as Error).message}\n\nyear ${year}, seed ${seed}, timeline:\n${await timeline(ds, year)}`);
      }

      // No duplicated or mixed cells: per year, the stored cells sum exactly to the allocated pool.
      const cells = await storedCells(ds, currentRunId);
      expect(cells.filter((c) => c.amount !== '0')).toEqual(result.cells);
      expect(sumsPerYear(cells)).toEqual(allocatedPerYear(result));
      // And every run that ever succeeded stored exactly the rule's result for the inputs it recorded.
      expect(await runsNotMatchingTheirInputs(ds, year)).toEqual([]);

      // Savings: one row per non-zero current cell with that amount; no other row holds money; no duplicates.
      const savings = await savingsVersusCells(ds, year, currentRunId);
      expect(savings).toMatchObject({ matching: result.cells.length, strayNonZero: 0, missing: 0, duplicates: 0 });
    }

    const [runs] = await ds.query(`SELECT count(*)::int AS n FROM allocation_runs`);
    const bySecond = new Set([...second.output().matchAll(/"message":"kørsel ([0-9a-f-]{36}) \(budget \d+\): \w+"/g)].map((m) => m[1])).size;
    timings['runs'] = runs.n;
    timings['runsBySecondWorker'] = bySecond;
    timings['scenarioTotal'] = Date.now() - scenarioStarted;
    // Both workers really took part: the separate one handled some runs, the in-process one the rest.
    expect(bySecond).toBeGreaterThan(0);
    expect(bySecond).toBeLessThan(runs.n);
  }, 60_000);
});
