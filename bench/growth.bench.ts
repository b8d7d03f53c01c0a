/**
 * Benchmark 7 (issue 9, parts 6 and 7), growth and the worker's memory: the scale data at
 * three sizes ten times apart (25 rounds × 10, 100 and 1,000 tracks × 10 committees × 4
 * years: 10,000, 100,000 and 1,000,000 savings rows), each on a fresh database with the real
 * API and the worker in processes of their own, and at each size, one request at a time (so
 * the time is the work, not a queue):
 *
 * - GET …/savings?committeeCode=…&limit=100&offset=… (pages of every round and committee);
 * - GET …/realisation?groupBy=track (every round in turn);
 * - an allocation: a framework revision for the newest round (every pool year moved, so every
 *   cell and savings row changes) until its run has succeeded; and the run's own time
 *   (started → finished: read inputs, allocate, store cells, update the savings rows);
 * - the worker's RSS during that allocation (sampled from /proc every 10 ms).
 *
 * The table shows each figure at each size and how much it grew per ×10.
 */
import { performance } from 'node:perf_hooks';
import { type Api, startApi } from './support/api';
import { sampleRss } from './support/memory';
import { type BenchReport, type Figure, runBench, SMOKE } from './support/output';
import { realisationPaths, savingsPagePaths } from './support/read-paths';
import { insertHistory } from './support/scale-history';
import { median } from './support/stats';

// Smoke: one tiny size (each size starts an API and a worker, the slow part of a smoke run).
const SIZES = SMOKE ? [2] : [10, 100, 1000];
const ROUNDS = SMOKE ? 3 : 25;
const COMMITTEES = SMOKE ? 3 : 10;
const READS = SMOKE ? { pages: 5, sums: 3, allocations: 1 } : { pages: 100, sums: 25, allocations: 3 };

interface Measured {
  tracks: number;
  rows: number;
  generationS: number;
  pageMs: number;
  sumsMs: number;
  allocationMs: number;
  runMs: number;
  workerIdleMb: number;
  workerPeakMb: number;
}

/**
 * Median time of GETting `paths` one after another, after one untimed pass over them: the
 * data has just been written, and the first read of a page would measure the cache, not the work.
 */
async function sequentialGets(api: Api, token: string, paths: string[]): Promise<number> {
  const get = async (path: string) => {
    const res = await api.request('GET', path, { token });
    if (res.status !== 200) throw new Error(`GET ${path}: ${res.status}`);
  };
  for (const path of paths) await get(path);
  const times: number[] = [];
  for (const path of paths) {
    const start = performance.now();
    await get(path);
    times.push(performance.now() - start);
  }
  return median(times);
}

/** A new framework revision for `year` (every pool year moved by `shift` kr.), timed until its run has succeeded. */
async function allocation(api: Api, token: string, year: number, shift: number): Promise<{ totalMs: number; runMs: number }> {
  const current = await api.request('GET', `/api/budget-years/${year}/frameworks/current`, { token });
  if (current.status !== 200) throw new Error(`current framework of ${year}: ${current.status}`);
  const { decidedOn, decidedBy, allocationMethod, trackWeights } = current.body;
  const pool = Object.fromEntries(Object.entries(current.body.pool as Record<string, string>).map(([y, amount]) => [y, String(BigInt(amount) + BigInt(shift))]));
  const start = performance.now();
  const posted = await api.request('POST', `/api/budget-years/${year}/frameworks`, {
    token,
    body: { decidedOn, decidedBy, title: `Rammeudmelding, vækst ${shift}`, allocationMethod, pool, trackWeights },
  });
  if (posted.status !== 201) throw new Error(`framework POST: ${posted.status} ${JSON.stringify(posted.body).slice(0, 300)}`);
  for (;;) {
    const runs = await api.request('GET', `/api/budget-years/${year}/allocation-runs?limit=1`, { token });
    const run = runs.body[0];
    if (run?.status === 'failed') throw new Error(`allocation of ${year} failed: ${run.error}`);
    if (run?.status === 'succeeded' && run.frameworkRevision === posted.body.revision) {
      return { totalMs: performance.now() - start, runMs: Date.parse(run.finishedAt) - Date.parse(run.startedAt) };
    }
    if (performance.now() - start > 120_000) throw new Error(`the allocation of ${year} did not finish in 120 s`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function measure(tracks: number): Promise<Measured> {
  // Smoke: the worker in the API's process, one process start less (the memory figure is then the API's).
  const api = await startApi((db) => insertHistory(db.url, { rounds: ROUNDS, tracks, committees: COMMITTEES }), { separateWorker: !SMOKE });
  try {
    const h = api.filled;
    const token = await api.financeToken();
    const pageMs = await sequentialGets(api, token, savingsPagePaths(h).slice(0, READS.pages));
    const sumsPaths = realisationPaths(h);
    const sumsMs = await sequentialGets(api, token, Array.from({ length: READS.sums }, (_, i) => sumsPaths[i % sumsPaths.length]));
    const year = h.openYears[h.openYears.length - 1];
    const totals: number[] = [];
    const runs: number[] = [];
    let workerIdleMb = Infinity;
    let workerPeakMb = 0;
    for (let i = 0; i < READS.allocations; i++) {
      const rss = sampleRss(api.workerPid, 10);
      const { totalMs, runMs } = await allocation(api, token, year, (i + 1) * 1000);
      const memory = rss.stop();
      totals.push(totalMs);
      runs.push(runMs);
      workerIdleMb = Math.min(workerIdleMb, memory.startMb);
      workerPeakMb = Math.max(workerPeakMb, memory.peakMb);
    }
    return { tracks, rows: h.savingsRows, generationS: h.ms / 1000, pageMs, sumsMs, allocationMs: median(totals), runMs: median(runs), workerIdleMb, workerPeakMb };
  } finally {
    await api.stop();
  }
}

/** "×3.2" per ×10 of size, for the notes. */
const growth = (values: number[]) => values.slice(1).map((v, i) => `×${(v / values[i]).toFixed(1)}`).join(', then ');

async function main(): Promise<BenchReport> {
  const results: Measured[] = [];
  for (const tracks of SIZES) results.push(await measure(tracks));
  const size = (m: Measured) => `${m.tracks.toLocaleString('en')} tracks (${m.rows.toLocaleString('en')} rows)`;
  const rows: [string, keyof Measured, Figure['unit']][] = [
    ['savings page (limit 100), median', 'pageMs', 'ms'],
    ['realisation by track, median', 'sumsMs', 'ms'],
    ['allocation: framework POST → run succeeded, median', 'allocationMs', 'ms'],
    ['allocation: the run itself (started → finished), median', 'runMs', 'ms'],
    ['worker RSS during the allocation: peak', 'workerPeakMb', 'MB'],
    ['worker RSS before the allocation', 'workerIdleMb', 'MB'],
    ['scale data generation', 'generationS', 's'],
  ];
  const figures: Figure[] = rows
    .flatMap(([label, key, unit]) => results.map((m) => ({ name: `${label}: ${size(m)}`, value: m[key], unit })))
    .filter((f) => Number.isFinite(f.value));
  const series = (key: keyof Measured) => results.map((m) => m[key]);
  const cells = (m: Measured) => (m.tracks * COMMITTEES * 4).toLocaleString('en');
  const last = results[results.length - 1];
  return {
    title: `Growth: time against size, ${ROUNDS} rounds × ${SIZES.map((t) => t.toLocaleString('en')).join(' / ')} tracks × ${COMMITTEES} committees × 4 years, one request at a time`,
    baseline: 'none; each size is the baseline of the next (×10 the rows)',
    figures,
    notes: [
      ...(results.length < 2 ? [] : [`Growth per ×10 of the data: savings page ${growth(series('pageMs'))}; realisation ${growth(series('sumsMs'))}; allocation (POST → succeeded) ${growth(series('allocationMs'))}; the run alone ${growth(series('runMs'))}; worker peak RSS ${growth(series('workerPeakMb'))}; generation ${growth(series('generationS'))}.`]),
      `The savings page is a committee's rows of one round (tracks × 4 of them: ${results.map((m) => (m.tracks * 4).toLocaleString('en')).join(' / ')}) found by the (budget_year, committee_code) index and sorted for the page, so its SQL grows with the round's size, not with the 25 rounds; at the small sizes the fixed cost of a request (session, guards, JSON of 100 rows) hides that, so it grows far less than ×10.`,
      `The realisation sums one round (${results.map(cells).join(' / ')} rows) into one group per track: linear in the round's size once the fixed cost is small against it.`,
      `The allocation computes and stores one round (${results.map(cells).join(' / ')} cells) and updates as many savings rows: the run's own time (its finished_at is stamped before the savings rows are updated, in the same transaction) grows with the cells; POST → succeeded also holds the savings update and a fixed part (the outbox relay, BullMQ, polling every 20 ms) that dominates at the small sizes.`,
      ...(results.length > 2 && last.generationS / results[results.length - 2].generationS > 12
        ? [`Generation grows faster than the rows at the largest step (×${(last.generationS / results[results.length - 2].generationS).toFixed(1)}): the likely cause is that ~1 GB of savings and audit rows no longer fit PostgreSQL's shared buffers (SHOW shared_buffers; 128 MB on a default install) and a checkpoint's WAL (max_wal_size), so the inserting backend writes pages out itself (pg_stat_bgwriter.buffers_backend) and checkpoints run during the inserts; a busy machine also varies this figure a lot.`]
        : []),
      `Worker memory: ${last.workerIdleMb.toFixed(0)} MB idle, ${last.workerPeakMb.toFixed(0)} MB at the peak of the largest allocation (${cells(last)} cells: the inputs, the result and the cells' JSON in memory at once).`,
      'Each size on a fresh database, with the API and the worker in processes of their own (RUN_WORKER=false for the API); requests one at a time from the bench process; all on the same machine as PostgreSQL.',
    ],
  };
}

runBench(main);
