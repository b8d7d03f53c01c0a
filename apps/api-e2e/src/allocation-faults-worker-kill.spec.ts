import { DataSource } from 'typeorm';
import { allocate } from '@budgetspor/shared/allocation';
import { cleanUp, expectCellsAndSavingsToFollowTheRule, waitFor } from './support/fault-helpers';
import { insertLargeOrganisation, LARGE_COMMITTEES, largeAllocationInput, largeTrackWeights } from './support/large-allocation';
import { startRedisServer, ThrowawayRedis } from './support/redis-server';
import { startTestApp, TestApp } from './support/test-app';
import { startWorker, WorkerProcess } from './support/worker-process';

/** 1,000 tracks × 20 committees × 4 years = 80,000 cells: a run that takes seconds, not milliseconds. */
const TRACKS = Number(process.env['FAULT_TRACKS'] ?? 1000);
const YEAR = 2020;
const POOL: Record<string, string> = { '2020': '1000000007', '2021': '987654321', '2022': '1234567891', '2023': '999999999' };

/**
 * Fault test (issue 5, "Done when"): the worker killed (SIGKILL) in the middle of a run →
 * the run is retried and exactly one consistent result becomes current.
 * The API runs without a worker; the workers are separate processes of the real entrypoint.
 */
describe('allocation faults: worker killed (SIGKILL) in the middle of a run', () => {
  let redis: ThrowawayRedis;
  let t: TestApp;
  const workers: WorkerProcess[] = [];
  let finance: string;
  const timings: Record<string, number> = {};

  const spawnWorker = async () => {
    const started = Date.now();
    const worker = await startWorker({ DATABASE_URL: t.db.url, REDIS_URL: redis.url, QUEUE_PREFIX: t.config.queuePrefix });
    workers.push(worker);
    timings[`worker${workers.length}Start`] = Date.now() - started;
    return worker;
  };

  beforeAll(async () => {
    redis = await startRedisServer();
    t = await startTestApp({ RUN_WORKER: 'false', REDIS_URL: redis.url });
    await t.createOrganisation();
    finance = await t.tokenFor('finance');
    await insertLargeOrganisation(t.app.get(DataSource), TRACKS);
    const year = await t.request('POST', '/api/budget-years', { token: finance, body: { year: YEAR, title: `Budget ${YEAR}` } });
    if (year.status !== 201) throw new Error(`budget year: ${year.status} ${JSON.stringify(year.body)}`);
  }, 30_000);

  afterAll(async () => {
    await cleanUp([
      ...workers.map((w, i): [string, () => Promise<void>] => [`kill worker ${i + 1}`, () => w.kill('SIGKILL')]),
      ['close app and drop database', () => t?.close()],
      ['stop redis and remove its dir', () => redis?.cleanup()],
    ]);
    console.log(`allocation-faults-worker-kill timings (ms): ${JSON.stringify(timings)}`);
  }, 60_000);

  const postFramework = (trackWeights: { trackCode: string; weight: string }[], pool: Record<string, string>) =>
    t.request('POST', `/api/budget-years/${YEAR}/frameworks`, {
      token: finance,
      body: { decidedOn: '2019-02-06', decidedBy: 'ØU', title: 'Ramme', allocationMethod: 'top_down', pool, trackWeights },
    });

  const runRow = async (ds: DataSource, id: string) =>
    (await ds.query(`SELECT status, attempts, generation, framework_revision AS "frameworkRevision" FROM allocation_runs WHERE id = $1`, [id]))[0] as {
      status: string; attempts: number; generation: number; frameworkRevision: number | null;
    };

  it('retries the killed run on another worker, and exactly one complete result becomes current', async () => {
    const scenarioStarted = Date.now();
    const ds = t.app.get(DataSource);
    const first = await spawnWorker();

    // Revision 1 (ten of the tracks, a small pool) is computed normally and is current.
    const small = largeTrackWeights(10);
    expect((await postFramework(small, { '2020': '1000', '2021': '1000', '2022': '1000', '2023': '1000' })).status).toBe(201);
    const previous = await waitFor(
      'revision 1 to become current',
      async () => {
        const res = await t.request('GET', `/api/budget-years/${YEAR}/allocation`, { token: finance });
        return res.body.run?.status === 'succeeded' ? res.body.run : undefined;
      },
      15_000,
    );

    // Revision 2: every track, a big pool.
    const trackWeights = largeTrackWeights(TRACKS);
    const posted = await postFramework(trackWeights, POOL);
    expect(posted.status).toBe(201);
    const [run] = (await t.request('GET', `/api/budget-years/${YEAR}/allocation-runs?limit=1`, { token: finance })).body;
    expect(run.id).not.toBe(previous.id);

    // Wait until the worker is inside the run's second transaction, writing cells or savings …
    let started = Date.now();
    const writing = await waitFor(
      'the worker to write the run',
      async () => {
        const [active] = await ds.query(
          `SELECT query FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid() AND state IN ('active', 'idle in transaction')
              AND (query LIKE 'INSERT INTO allocation_cells%' OR query LIKE '%INSERT INTO savings%' OR query LIKE '%UPDATE savings s%')`,
        );
        return active ? String(active.query).trim().slice(0, 40) : undefined;
      },
      20_000,
      10,
    );
    timings['postToWriting'] = Date.now() - started;
    expect((await runRow(ds, run.id)).status).toBe('running');

    // … and kill it there.
    await first.kill('SIGKILL');
    started = Date.now();

    // Nothing of the half-done run is visible: it is still "running", with no cells, and revision 1 stays current.
    expect(await runRow(ds, run.id)).toMatchObject({ status: 'running', attempts: 1 });
    expect((await ds.query(`SELECT count(*)::int AS n FROM allocation_cells WHERE run_id = $1`, [run.id]))[0].n).toBe(0);
    const meanwhile = await t.request('GET', `/api/budget-years/${YEAR}/allocation`, { token: finance });
    expect(meanwhile.body.run.id).toBe(previous.id);

    // A second worker takes over the stalled job without any manual step.
    await spawnWorker();
    const done = await waitFor(
      'the killed run to be retried and succeed',
      async () => {
        const row = await runRow(ds, run.id);
        if (row.status === 'failed') throw new Error(`run failed: ${JSON.stringify(row)}`);
        if (row.attempts >= 2) timings['killToRetryStarted'] ??= Date.now() - started;
        return row.status === 'succeeded' ? row : undefined;
      },
      45_000,
      100,
    );
    timings['killToSucceeded'] = Date.now() - started;
    timings['retryRun'] = timings['killToSucceeded'] - timings['killToRetryStarted'];
    expect(done).toMatchObject({ status: 'succeeded', attempts: 2, frameworkRevision: 2 });

    // Exactly one result is current: this run; no other run was created; revision 1's run is intact but not current.
    const [year] = await ds.query(`SELECT current_run_id AS "currentRunId", allocation_generation AS generation FROM budget_years WHERE year = $1`, [YEAR]);
    expect(year).toEqual({ currentRunId: run.id, generation: done.generation });
    const runs = await ds.query(`SELECT id, status FROM allocation_runs WHERE budget_year = $1 ORDER BY queued_at`, [YEAR]);
    expect(runs).toEqual([{ id: previous.id, status: 'succeeded' }, { id: run.id, status: 'succeeded' }]);

    // The cells: exactly the rule's, once each, summing to the pool every year; the savings rows follow them.
    const input = largeAllocationInput(TRACKS, POOL);
    const expectedCells = allocate(input).cells.length;
    expect(expectedCells).toBeGreaterThan(TRACKS * LARGE_COMMITTEES * 4 * 0.99);
    await expectCellsAndSavingsToFollowTheRule(ds, YEAR, run.id, input);
    const viaApi = await t.request('GET', `/api/budget-years/${YEAR}/allocation`, { token: finance });
    expect(viaApi.body.run.id).toBe(run.id);
    expect(viaApi.body.cells.length).toBe(expectedCells);

    timings['scenarioTotal'] = Date.now() - scenarioStarted;
    console.log(`killed while running: ${writing}…`);
  }, 90_000);
});
