/**
 * Benchmark 3, API latency (issue 4's closing note): autocannon, 10 connections, 10 s, on
 * GET /api/tracks (100 tracks with 3 committee shares each) and on
 * POST /api/budget-years/:year/frameworks (a valid body naming all 100 tracks; every
 * request appends a revision and queues a recompute), with a finance user's Bearer token.
 * Baseline for the GET: a raw node:http + pg server running the same SQL, same run.
 *
 * p95 is computed from every 2xx response time autocannon reports ('response' events):
 * its summary only has p2.5/p50/p97.5/p99.
 */
import { Client } from 'pg';
import { startApi } from './support/api';
import { load, startRawServer } from './support/load';
import { type BenchReport, type Figure, runBench, SMOKE } from './support/output';
import { generateScale } from './support/scale';
import { frameworkBody, insertScale } from './support/scale-db';

const DURATION = 10;
const WARM_UP = 2;
// Smoke: a fixed, small number of requests instead of seconds, to check the bench runs.
const SMOKE_REQUESTS = 30;
const CONNECTIONS = 10;
const YEAR = 2014;
const LOAD = { connections: CONNECTIONS, duration: DURATION, warmUp: WARM_UP, smokeRequests: SMOKE_REQUESTS };

async function countRevisions(databaseUrl: string): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM framework_revisions WHERE budget_year = $1`, [YEAR]);
    return rows[0].n;
  } finally {
    await client.end();
  }
}

async function main(): Promise<BenchReport> {
  const scale = generateScale({ tracks: 100, committees: 10, sharesPerTrack: 3 });
  const api = await startApi((db) => insertScale(db.url, scale, YEAR));
  const raw = await startRawServer('raw-tracks-server.mjs', api.db.url);
  try {
    const token = await api.financeToken();
    const auth = { authorization: `Bearer ${token}` };

    // Both must answer the same tracks, or the comparison means nothing.
    const viaApi = await api.request('GET', '/api/tracks', { token });
    const viaRaw = (await (await fetch(`${raw.url}/api/tracks`)).json()) as { code: string }[];
    const codes = (rows: { code: string }[]) => rows.map((r) => r.code).join(',');
    if (viaApi.status !== 200 || viaApi.body.length !== 100 || codes(viaApi.body) !== codes(viaRaw)) {
      throw new Error('GET /api/tracks and the raw server disagree');
    }

    const rawGet = await load(`${raw.url}/api/tracks`, LOAD);
    const apiGet = await load(`${api.url}/api/tracks`, { ...LOAD, headers: auth });
    const before = await countRevisions(api.db.url);
    const apiPost = await load(`${api.url}/api/budget-years/${YEAR}/frameworks`, {
      ...LOAD,
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify(frameworkBody(scale)),
    });
    const created = (await countRevisions(api.db.url)) - before;
    // Every 201 made exactly one revision (warm-up requests made some too).
    if (created < apiPost.ok) throw new Error(`${apiPost.ok} framework POSTs answered 201 but only ${created} revisions exist`);
    for (const [name, l] of [['GET /api/tracks', apiGet], ['raw GET', rawGet], ['POST frameworks', apiPost]] as const) {
      if (l.notOk > 0) throw new Error(`${name}: ${l.notOk} non-2xx responses, errors or timeouts`);
    }

    const figures: Figure[] = [
      { name: 'GET /api/tracks: requests/s', value: apiGet.rps, unit: 'req/s', baseline: rawGet.rps },
      { name: 'GET /api/tracks: p50', value: apiGet.p50, unit: 'ms', baseline: rawGet.p50 },
      { name: 'GET /api/tracks: p95', value: apiGet.p95, unit: 'ms', baseline: rawGet.p95 },
      { name: 'GET /api/tracks: p97.5 (autocannon)', value: apiGet.p97_5, unit: 'ms', baseline: rawGet.p97_5 },
      { name: 'GET /api/tracks: throughput ÷ raw baseline', value: apiGet.rps / rawGet.rps, unit: 'x' },
      { name: 'POST …/frameworks: requests/s', value: apiPost.rps, unit: 'req/s' },
      { name: 'POST …/frameworks: p50', value: apiPost.p50, unit: 'ms' },
      { name: 'POST …/frameworks: p95', value: apiPost.p95, unit: 'ms' },
      { name: 'POST …/frameworks: p97.5 (autocannon)', value: apiPost.p97_5, unit: 'ms' },
    ];
    return {
      title: `API latency: autocannon, ${CONNECTIONS} connections, ${SMOKE ? `${SMOKE_REQUESTS} requests` : `${DURATION} s`} each, after ${SMOKE ? 'no' : `${WARM_UP} s`} warm-up`,
      baseline: 'raw node:http + pg running the same SQL (bench/support/raw-tracks-server.mjs), GET only',
      figures,
      notes: [
        `GET /api/tracks returns 100 tracks with 3 shares each (${JSON.stringify(viaApi.body).length.toLocaleString('en')} bytes). Budgetspor also resolves the Bearer session, runs its guards and helmet; the raw server does none of that.`,
        `POST …/frameworks: ${apiPost.ok.toLocaleString('en')} revisions appended in the measured run, all answered 201 and all stored. Revisions of one year serialise on the year's row lock, and each queues a recompute the in-process worker runs meanwhile (RUN_WORKER=true).`,
        'No targets are set for these figures (issue 4 asks for the p95 only); issue 9 asks ≥ 0.6× the baseline\'s throughput and p95 ≤ 50 ms for its reads at scale.',
        'Load generator, API, baseline server and PostgreSQL share the same machine.',
      ],
    };
  } finally {
    await raw.stop();
    await api.stop();
  }
}

runBench(main);
