/**
 * The baseline for the reads at scale: node:http + pg and nothing else. No framework, no
 * session check, no validation, no helmet headers; the same SQL statements as the services
 * (savings-sql.cjs: the year's row, then the rows or the sums) and the same amounts and
 * rates in the JSON, so reads-at-scale.bench.ts can check that both answer byte for byte
 * the same. A pool of the same size (10) as the API's. Serves
 *
 *   GET /api/budget-years/:year/savings?trackCode=&committeeCode=&limit=&offset=
 *   GET /api/budget-years/:year/realisation?groupBy=track|committee|year
 *
 * Run as a child process: DATABASE_URL in, { url } out over IPC.
 */
import http from 'node:http';
import pg from 'pg';
import sql from './savings-sql.cjs';

const { YEAR_SQL, SAVINGS_SQL, GROUP_BYS, realisationSql } = sql;

// Amounts as libs/server/savings/src/lib/amounts.ts makes them: "26000000.00" → "26000000".
const kroner = (text) => (text.endsWith('.00') ? text.slice(0, -3) : text);
const ore = (text) => (text.includes('.') ? BigInt(text.replace('.', '')) : BigInt(text) * 100n);
/** realised ÷ expected, 4 decimals, half away from zero; null when nothing is expected (amounts.ts). */
function rate(realised, expected) {
  if (expected === 0n) return null;
  const negative = realised < 0n !== expected < 0n;
  const abs = (v) => (v < 0n ? -v : v);
  const d = abs(expected);
  const scaled = (2n * abs(realised) * 10_000n + d) / (2n * d);
  const text = `${scaled / 10_000n}.${(scaled % 10_000n).toString().padStart(4, '0')}`;
  return negative && scaled !== 0n ? `-${text}` : text;
}
const sums = (row) => ({
  expected: kroner(row.expected),
  forecast: kroner(row.forecast),
  realised: kroner(row.realised),
  rate: rate(ore(row.realised), ore(row.expected)),
});

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

async function answer(url) {
  const match = /^\/api\/budget-years\/(\d{4})\/(savings|realisation)$/.exec(url.pathname);
  if (!match) return [404, { statusCode: 404 }];
  const year = Number(match[1]);
  const q = (name) => url.searchParams.get(name);
  if ((await pool.query(YEAR_SQL, [year])).rows.length === 0) return [404, { statusCode: 404 }];
  if (match[2] === 'savings') {
    const limit = q('limit') === null ? null : Number(q('limit'));
    const offset = q('offset') === null ? null : Number(q('offset'));
    const { rows } = await pool.query(SAVINGS_SQL, [year, q('trackCode'), q('committeeCode'), limit, offset]);
    return [200, rows.map((r) => ({ ...r, expected: kroner(r.expected), forecast: r.forecast === null ? null : kroner(r.forecast), realised: r.realised === null ? null : kroner(r.realised) }))];
  }
  const groupBy = q('groupBy') ?? 'track';
  if (!GROUP_BYS.includes(groupBy)) return [400, { statusCode: 400 }];
  const { rows } = await pool.query(realisationSql(groupBy), [year, q('trackCode'), q('committeeCode')]);
  const total = rows.find((r) => r.total);
  return [200, { groups: rows.filter((r) => !r.total).map((r) => ({ key: r.key, ...sums(r) })), total: sums(total) }];
}

const server = http.createServer(async (req, res) => {
  if (req.method !== 'GET') {
    res.writeHead(405).end();
    return;
  }
  try {
    const [status, body] = await answer(new URL(req.url, 'http://localhost'));
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
  } catch (error) {
    res.writeHead(500).end(String(error));
  }
});

server.listen(0, '127.0.0.1', () => process.send?.({ url: `http://127.0.0.1:${server.address().port}` }));
const stop = () => {
  server.close(() => pool.end().then(() => process.exit(0)));
  server.closeAllConnections();
};
process.on('SIGTERM', stop);
process.once('disconnect', stop); // the bench died without stopping us
