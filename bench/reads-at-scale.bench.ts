/**
 * Benchmark 4 (issue 9, part 3), API reads at scale: the scale data (25 budget rounds ×
 * 1,000 tracks × 10 committees × 4 years = 1,000,000 savings rows with their audit rows,
 * bench/support/scale-history.ts), then autocannon, 10 connections, on
 *
 * - GET /api/budget-years/:year/savings?committeeCode=…&limit=100&offset=… — a committee
 *   paging through its rows: every round, committee and page in a fixed shuffled order;
 * - GET /api/budget-years/:year/realisation?groupBy=track — every round in turn;
 *
 * against the real API in its own process (Bearer session, guards, validation, helmet) and,
 * in the same run, a raw node:http + pg server running the same SQL (the baseline). Also
 * the API's memory under that load, and EXPLAIN ANALYZE of both queries as they are and as
 * they were before this benchmark changed them, for the results notes.
 */
import { startApi } from './support/api';
import { explainAnalyze, medianExecutionMs, planNote } from './support/explain';
import { type Load, load, startRawServer } from './support/load';
import { sampleRss } from './support/memory';
import { type BenchReport, type Figure, runBench, SMOKE } from './support/output';
import { insertHistory } from './support/scale-history';
import { PAGE, realisationPaths, savingsPagePaths } from './support/read-paths';

const { SAVINGS_SQL, realisationSql, BEFORE } = require('./support/savings-sql.cjs');

const SIZE = SMOKE ? { rounds: 3, tracks: 30, committees: 3 } : { rounds: 25, tracks: 1000, committees: 10 };
const LOAD = { connections: 10, duration: 10, warmUp: 2, smokeRequests: 20 };
const ALONE = { connections: 1, duration: 5, warmUp: 1, smokeRequests: 5 };

async function main(): Promise<BenchReport> {
  const api = await startApi((db) => insertHistory(db.url, SIZE));
  const raw = await startRawServer('raw-savings-server.mjs', api.db.url);
  try {
    const h = api.filled;
    const token = await api.financeToken();
    const headers = { authorization: `Bearer ${token}` };
    const savingsPaths = savingsPagePaths(h);
    const sumsPaths = realisationPaths(h);

    // Both must answer the same, or the comparison means nothing.
    for (const path of [savingsPaths[0], savingsPaths[savingsPaths.length - 1], ...sumsPaths.slice(0, 2)]) {
      const viaApi = await fetch(api.url + path, { headers });
      const viaRaw = await fetch(raw.url + path);
      const [a, b] = [await viaApi.text(), await viaRaw.text()];
      if (viaApi.status !== 200 || a !== b) throw new Error(`${path}: the API (${viaApi.status}) and the raw server answer differently:\n${a.slice(0, 300)}\n${b.slice(0, 300)}`);
    }
    const firstPagePath = `/api/budget-years/${h.years[0]}/savings?committeeCode=${h.scale.committees[0]}&limit=${PAGE}&offset=0`;
    const firstPage = JSON.parse(await (await fetch(raw.url + firstPagePath)).text()) as unknown[];
    if (firstPage.length !== Math.min(PAGE, SIZE.tracks * 4)) throw new Error(`a page has ${firstPage.length} rows`);

    const measure = async (paths: string[]) => {
      const rawMemory = sampleRss(raw.pid, 100);
      const rawLoad = await load(raw.url, { ...LOAD, paths });
      const rawRss = rawMemory.stop();
      const apiMemory = sampleRss(api.apiPid, 100);
      const apiLoad = await load(api.url, { ...LOAD, paths, headers });
      const apiRss = apiMemory.stop();
      // One connection: each request's own time, with no queue in front of it.
      const rawAlone = await load(raw.url, { ...ALONE, paths });
      const apiAlone = await load(api.url, { ...ALONE, paths, headers });
      for (const [name, l] of [['API', apiLoad], ['raw', rawLoad], ['API alone', apiAlone], ['raw alone', rawAlone]] as const) {
        if (l.notOk > 0) throw new Error(`${name} ${paths[0]}: ${l.notOk} non-2xx responses, errors or timeouts (${JSON.stringify(l.statusCodes)})`);
      }
      return { apiLoad, rawLoad, apiRss, rawRss, apiAlone, rawAlone };
    };
    const pages = await measure(savingsPaths);
    const sums = await measure(sumsPaths);

    // The plans, on the newest open round (the one being followed up), a page in the middle.
    const year = h.openYears[h.openYears.length - 1];
    const committee = h.scale.committees[Math.floor(h.scale.committees.length / 2)];
    const offset = Math.floor((SIZE.tracks * 4) / 2 / PAGE) * PAGE;
    const queries = [
      { name: `the savings page (year ${year}, committeeCode ${committee}, limit ${PAGE}, offset ${offset})`, sql: SAVINGS_SQL, before: BEFORE.SAVINGS_SQL, params: [year, null, committee, PAGE, offset] },
      { name: `the realisation by track (year ${year})`, sql: realisationSql('track'), before: BEFORE.realisationSql('track'), params: [year, null, null] },
    ];
    const plans: string[] = [];
    const timings: string[] = [];
    for (const q of queries) {
      const beforeMs = await medianExecutionMs(api.db.url, q.before, q.params);
      const nowMs = await medianExecutionMs(api.db.url, q.sql, q.params);
      timings.push(`${q.name}: ${beforeMs.toFixed(1)} ms before, ${nowMs.toFixed(1)} ms now`);
      plans.push(planNote(`EXPLAIN ANALYZE of ${q.name} before (the SQL of commit 5555e82):`, await explainAnalyze(api.db.url, q.before, q.params)));
      plans.push(planNote(`EXPLAIN ANALYZE of ${q.name} now:`, await explainAnalyze(api.db.url, q.sql, q.params)));
    }

    const endpoint = (label: string, r: { apiLoad: Load; rawLoad: Load; apiAlone: Load; rawAlone: Load }): Figure[] => [
      { name: `${label}: requests/s`, value: r.apiLoad.rps, unit: 'req/s', baseline: r.rawLoad.rps },
      { name: `${label}: p50`, value: r.apiLoad.p50, unit: 'ms', baseline: r.rawLoad.p50 },
      { name: `${label}: p95`, value: r.apiLoad.p95, unit: 'ms', baseline: r.rawLoad.p95, target: { op: '<=', value: 50 } },
      { name: `${label}: throughput ÷ raw baseline`, value: r.apiLoad.rps / r.rawLoad.rps, unit: 'x', target: { op: '>=', value: 0.6 } },
      { name: `${label}: p95 with 1 connection (no queue)`, value: r.apiAlone.p95, unit: 'ms', baseline: r.rawAlone.p95 },
    ];
    const all: Figure[] = [
      ...endpoint(`GET …/savings?committeeCode=…&limit=${PAGE}&offset=…`, pages),
      ...endpoint('GET …/realisation?groupBy=track', sums),
      { name: 'API process RSS before the read load', value: pages.apiRss.startMb, unit: 'MB', baseline: pages.rawRss.startMb },
      { name: 'API process RSS under the read load: peak', value: Math.max(pages.apiRss.peakMb, sums.apiRss.peakMb), unit: 'MB', baseline: Math.max(pages.rawRss.peakMb, sums.rawRss.peakMb) },
      { name: `scale data: generation (${h.savingsRows.toLocaleString('en')} savings rows, ${h.auditRows.toLocaleString('en')} audit rows)`, value: h.ms / 1000, unit: 's' },
      { name: 'scale data: of which VACUUM ANALYZE', value: h.vacuumMs / 1000, unit: 's' },
    ];
    // Where there is no /proc, the memory figures are left out rather than guessed.
    const figures = all.filter((f) => Number.isFinite(f.value) && (f.baseline === undefined || Number.isFinite(f.baseline)));
    const cells = SIZE.tracks * SIZE.committees * 4;
    return {
      title: `API reads at scale: ${SIZE.rounds} budget rounds × ${SIZE.tracks.toLocaleString('en')} tracks × ${SIZE.committees} committees × 4 years (${h.savingsRows.toLocaleString('en')} savings rows); autocannon, ${LOAD.connections} connections, ${SMOKE ? `${LOAD.smokeRequests} requests` : `${LOAD.duration} s`} each, after ${SMOKE ? 'no' : `${LOAD.warmUp} s`} warm-up`,
      baseline: 'raw node:http + pg running the same SQL (bench/support/raw-savings-server.mjs, SQL in bench/support/savings-sql.cjs)',
      figures,
      notes: [
        `Scale data (bench/support/scale-history.ts, seeded): per round a framework revision, one succeeded allocation run made current (its ${cells.toLocaleString('en')} cells from allocate()) and one savings row per cell; the ${h.years.length - h.openYears.length} closed rounds fully followed up (forecast, realised, status), the ${h.openYears.length} open ones with a forecast on a quarter of the rows. Audit: one "update" row per followed-up savings row (before/after as the API shows them) and one "allocate" row per run, ${h.auditRows.toLocaleString('en')} in all. Written with one unnest or INSERT … SELECT statement per table and round, then VACUUM ANALYZE.`,
        `Paging: ${savingsPaths.length.toLocaleString('en')} different pages (every round × committee × offset, ${PAGE} rows each, ${(JSON.stringify(firstPage).length / 1024).toFixed(0)} kB of JSON), in a fixed shuffled order, the same for both servers; realisation: the ${sumsPaths.length} rounds in turn (${(SIZE.tracks + 1).toLocaleString('en')} groups with the total, each summing ${cells.toLocaleString('en')} rows). Both servers answer byte for byte the same (checked first).`,
        `"with 1 connection": the same requests one at a time for ${ALONE.duration} s (after ${ALONE.warmUp} s), so the time is each request's own work; with ${LOAD.connections} connections every request also waits for the ones ahead of it on the machine's CPUs.`,
        'Budgetspor also resolves the Bearer session (a query), runs its guards, validation and helmet, and maps the amounts; the raw server does none of that but runs the same two statements per request (the year\'s row, then the rows or the sums).',
        'Realisation: Budgetspor keeps each roll-up and serves it again while the round\'s savings revision (a number bumped by a trigger in every transaction that writes the round\'s savings rows) is unchanged, so under this read-only load each request costs one small query (the revision) instead of the sum; the raw baseline sums every time. The first request of each round computes the sum; "with 1 connection" repeats the rounds, so it shows the cached path too. Grouping by administration is never kept (a committee can change administration without touching savings).',
        'RSS is sampled every 100 ms from /proc/<pid>/status (VmRSS) while each server is under load. The API process also runs the worker (RUN_WORKER=true, as `npm start`), idle during the reads.',
        'Load generator, both servers and PostgreSQL share the same machine.',
        `The SQL alone (PostgreSQL's execution time, median of 9 EXPLAIN ANALYZE runs with TIMING OFF): ${timings.join('; ')}.`,
        ...plans,
      ],
    };
  } finally {
    await raw.stop();
    await api.stop();
  }
}

runBench(main);
