import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DataSource } from 'typeorm';
import { HEARTBEAT_MS } from '@budgetspor/server/app';
import { cleanUp, expectCellsAndSavingsToFollowTheRule, waitFor } from './support/fault-helpers';
import { insertLargeOrganisation, largeAllocationInput, largeTrackWeights } from './support/large-allocation';
import { startTestApp, TestApp } from './support/test-app';
import { startWorker, WorkerEnv, WorkerProcess } from './support/worker-process';

/**
 * 700 tracks × 20 committees × 4 years = 56,000 cells: a run of a few seconds, long enough to
 * queue two changes while it is in flight, short enough to finish well within the 10 s.
 */
const TRACKS = 700;
/** The year whose run is in flight at SIGTERM; the two others get small changes, queued before and after it. */
const BIG = 2020;
const BEFORE = 2021;
const AFTER = 2022;
const SMALL_TRACKS = 10;
const poolFrom = (year: number, amount: string) => Object.fromEntries([0, 1, 2, 3].map((i) => [String(year + i), amount]));
const POOLS: Record<number, Record<string, string>> = {
  [BIG]: { '2020': '1000000007', '2021': '987654321', '2022': '1234567891', '2023': '999999999' },
  [BEFORE]: poolFrom(BEFORE, '5000001'),
  [AFTER]: poolFrom(AFTER, '7000003'),
};

interface RunRow {
  status: string;
  attempts: number;
  startedAt: Date | null;
}

/**
 * Issue 10: the worker gets SIGTERM in the middle of a run → it finishes that run (no retry),
 * takes no other job, and exits 0 within 10 s; a worker started afterwards runs what was
 * queued. The API runs without a worker; the workers are processes of the real entrypoint.
 */
describe('worker SIGTERM in the middle of a run', () => {
  let t: TestApp;
  let ds: DataSource;
  let finance: string;
  const workers: WorkerProcess[] = [];

  const spawnWorker = async (env: Partial<WorkerEnv> = {}) => {
    // Transpiling the worker takes 4–5 s on an idle machine, far longer on a busy one.
    const worker = await startWorker({ DATABASE_URL: t.db.url, REDIS_URL: t.config.redisUrl, QUEUE_PREFIX: t.config.queuePrefix, ...env }, { readyTimeoutMs: 60_000 });
    workers.push(worker);
    return worker;
  };

  beforeAll(async () => {
    t = await startTestApp({ RUN_WORKER: 'false' });
    ds = t.app.get(DataSource);
    await t.createOrganisation();
    finance = await t.tokenFor('finance');
    await insertLargeOrganisation(ds, TRACKS);
    for (const year of [BIG, BEFORE, AFTER]) {
      const res = await t.request('POST', '/api/budget-years', { token: finance, body: { year, title: `Budget ${year}` } });
      if (res.status !== 201) throw new Error(`budget year ${year}: ${res.status} ${JSON.stringify(res.body)}`);
    }
  }, 60_000);

  afterAll(async () => {
    await cleanUp([
      ...workers.map((w, i): [string, () => Promise<void>] => [`kill worker ${i + 1}`, () => w.kill('SIGKILL')]),
      ['close app and drop database', () => t?.close()],
    ]);
  }, 60_000);

  /** Posts a framework revision naming the first `tracks` tracks; returns the run it queued. */
  const postFramework = async (year: number, tracks: number): Promise<string> => {
    const res = await t.request('POST', `/api/budget-years/${year}/frameworks`, {
      token: finance,
      body: { decidedOn: `${year - 1}-02-06`, decidedBy: 'ØU', title: 'Ramme', allocationMethod: 'top_down', pool: POOLS[year], trackWeights: largeTrackWeights(tracks) },
    });
    if (res.status !== 201) throw new Error(`framework ${year}: ${res.status} ${JSON.stringify(res.body)}`);
    const [run] = (await t.request('GET', `/api/budget-years/${year}/allocation-runs?limit=1`, { token: finance })).body;
    return run.id;
  };

  const runRow = async (id: string): Promise<RunRow> =>
    (await ds.query(`SELECT status, attempts, started_at AS "startedAt" FROM allocation_runs WHERE id = $1`, [id]))[0];

  const currentRun = async (year: number): Promise<string> =>
    (await ds.query(`SELECT current_run_id AS id FROM budget_years WHERE year = $1`, [year]))[0].id;

  it('finishes the run in flight, takes no new job, exits 0 within 10 s; the next worker runs what was queued', async () => {
    const first = await spawnWorker();
    const big = await postFramework(BIG, TRACKS);
    await waitFor('the big run to start', async () => ((await runRow(big)).status === 'running' ? true : undefined), 20_000, 10);
    const runningAt = Date.now();

    // A change of another year, in BullMQ before SIGTERM: the busy worker (one job at a time) has not taken it.
    const before = await postFramework(BEFORE, SMALL_TRACKS);
    await waitFor(
      'the outbox relay to hand the change to BullMQ',
      async () => ((await ds.query(`SELECT 1 FROM outbox WHERE payload->>'runId' = $1 AND dispatched_at IS NOT NULL`, [before])).length ? true : undefined),
      10_000,
      10,
    );
    expect((await runRow(big)).status).toBe('running');

    const signalledAt = Date.now();
    const stopped = first.kill('SIGTERM');
    // A change after SIGTERM, committed while the worker is still busy with the big run.
    const after = await postFramework(AFTER, SMALL_TRACKS);
    const afterPostedMs = Date.now() - signalledAt;
    expect((await runRow(big)).status).toBe('running');

    await stopped;
    const stopMs = Date.now() - signalledAt;
    expect(await first.exited).toEqual({ code: 0, signal: null });
    expect(stopMs).toBeLessThan(10_000);

    // The run in flight finished on its first attempt and is the one current result of its year.
    expect(await runRow(big)).toMatchObject({ status: 'succeeded', attempts: 1 });
    expect(await currentRun(BIG)).toBe(big);
    expect(await ds.query(`SELECT id FROM allocation_runs WHERE budget_year = $1`, [BIG])).toEqual([{ id: big }]);
    await expectCellsAndSavingsToFollowTheRule(ds, BIG, big, largeAllocationInput(TRACKS, POOLS[BIG]));

    // Neither change was taken: both runs are still queued, never started.
    for (const id of [before, after]) expect(await runRow(id)).toEqual({ status: 'queued', attempts: 0, startedAt: null });

    // A worker started afterwards runs both, once each. It also beats for the container's
    // health check (docker-compose.yml): the time of its last beat, at once and then every 10 s.
    const heartbeat = join(mkdtempSync(join(tmpdir(), 'bs-heartbeat-')), 'worker.alive');
    const second = await spawnWorker({ WORKER_HEARTBEAT_FILE: heartbeat });
    for (const [year, id] of [[BEFORE, before], [AFTER, after]] as const) {
      await waitFor(
        `the run of ${year} to succeed`,
        async () => {
          const row = await runRow(id);
          if (row.status === 'failed') throw new Error(`run ${year} failed`);
          return row.status === 'succeeded' ? row : undefined;
        },
        20_000,
      );
      expect(await runRow(id)).toMatchObject({ status: 'succeeded', attempts: 1 });
      expect(await currentRun(year)).toBe(id);
      await expectCellsAndSavingsToFollowTheRule(ds, year, id, largeAllocationInput(SMALL_TRACKS, POOLS[year]));
    }
    expect(await runRow(big)).toMatchObject({ status: 'succeeded', attempts: 1 });
    const beat = readFileSync(heartbeat, 'utf8');
    expect(beat).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z\n$/);
    expect(Date.now() - Date.parse(beat.trim())).toBeLessThan(HEARTBEAT_MS + 5_000);
    rmSync(dirname(heartbeat), { recursive: true, force: true });

    // An idle worker stops at once, also with 0.
    const idleSignalledAt = Date.now();
    await second.kill('SIGTERM');
    expect(await second.exited).toEqual({ code: 0, signal: null });
    console.log(
      `worker-graceful-shutdown (ms): run started → SIGTERM ${signalledAt - runningAt}, SIGTERM → change posted ${afterPostedMs}, ` +
        `SIGTERM → busy worker exited ${stopMs}, SIGTERM → idle worker exited ${Date.now() - idleSignalledAt}`,
    );
  }, 180_000);
});
