import * as ExcelJS from 'exceljs';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import { createTestDatabase, TestDatabase } from '@budgetspor/server/database';
import { freePort } from './support/redis-server';
import { TEST_ADMIN } from './support/test-app';
import { startApiProcess, WorkerProcess } from './support/worker-process';

const ROWS = 50_000;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The API process's resident memory in MB, from /proc (Linux). */
function rssMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : NaN;
}

interface Measured<T> {
  result: T;
  line: string;
}

/** Runs `step` while sampling the API process's memory every 10 ms; a line for the report. */
async function measure<T>(pid: number, label: string, step: () => Promise<T>): Promise<Measured<T>> {
  const before = rssMb(pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 10);
  const started = performance.now();
  try {
    const result = await step();
    const seconds = (performance.now() - started) / 1000;
    return { result, line: `${label.padEnd(52)} ${seconds.toFixed(2).padStart(6)} s   RSS ${before} → peak ${peak} MB (+${peak - before})` };
  } finally {
    clearInterval(sampler);
  }
}

/**
 * Time and peak memory of the API process for exports and imports of 50,000 savings rows.
 * Prints the figures; asserts only what a user would check (row counts, changes, status),
 * never a time, so a slow machine does not fail it.
 */
describe(`spreadsheets with ${ROWS} savings rows (figures printed, not asserted)`, () => {
  let db: TestDatabase;
  let api: WorkerProcess;
  let base: string;
  let token: string;
  const report: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    const port = await freePort();
    api = await startApiProcess(
      {
        DATABASE_URL: db.url,
        REDIS_URL: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
        QUEUE_PREFIX: `bs_test_${randomBytes(4).toString('hex')}`,
        PORT: String(port),
        ADMIN_EMAIL: TEST_ADMIN.email,
        ADMIN_PASSWORD: TEST_ADMIN.password,
      },
      { readyTimeoutMs: 90_000 },
    );
    base = `http://127.0.0.1:${port}`;
    await seed();
  }, 180_000);
  afterAll(async () => {
    process.stdout.write(`\nSpreadsheets, ${ROWS} savings rows (API process ${api?.pid}):\n${report.join('\n')}\n\n`);
    await api?.kill();
    await db?.drop();
  });

  async function call(method: string, path: string, body?: unknown, auth = token): Promise<Response> {
    return fetch(base + path, { method, headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${auth}` } : {}) }, body: body === undefined ? undefined : JSON.stringify(body) });
  }

  /** A finance user, budget 2014, 1,250 tracks × 10 committees × 4 years of savings rows. */
  async function seed(): Promise<void> {
    const admin = (await (await call('POST', '/api/auth/login', TEST_ADMIN, '')).json()).accessToken;
    await call('POST', '/api/users', { email: 'oekonomi@test.dk', name: 'Økonomi', role: 'finance', password: 'finance-kodeord-1', committeeCodes: [] }, admin);
    token = (await (await call('POST', '/api/auth/login', { email: 'oekonomi@test.dk', password: 'finance-kodeord-1' }, '')).json()).accessToken;
    expect((await call('POST', '/api/budget-years', { year: 2014, title: 'Budget 2014' })).status).toBe(201);
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      await client.query(`INSERT INTO administrations (code, name) VALUES ('BMF', 'Borgmesterforvaltningen')`);
      await client.query(`INSERT INTO committees (code, name, administration_code) SELECT 'K' || k, 'Udvalg ' || k, 'BMF' FROM generate_series(10, 19) k`);
      await client.query(`INSERT INTO tracks (code, name, administration_code, start_year) SELECT 'T' || t, 'Spor ' || t, 'BMF', 2014 FROM generate_series(1000, 2249) t`);
      await client.query(
        `INSERT INTO savings (budget_year, track_code, committee_code, year, expected, forecast, comment)
         SELECT 2014, 'T' || t, 'K' || k, y, 1000000 + t * 10 + k, CASE WHEN t % 2 = 0 THEN (t * 100 + k)::numeric / 100 END,
                CASE WHEN t % 3 = 0 THEN 'Bemærkning om spor ' || t ELSE '' END
           FROM generate_series(1000, 2249) t, generate_series(10, 19) k, generate_series(2014, 2017) y`,
      );
    } finally {
      await client.end();
    }
  }

  async function download(format: 'xlsx' | 'csv'): Promise<Buffer> {
    const res = await call('GET', `/api/budget-years/2014/savings/export?format=${format}`);
    expect(res.status).toBe(200);
    return Buffer.from(await res.arrayBuffer());
  }

  async function upload(file: Buffer, name: string, dryRun: boolean): Promise<{ status: number; body: { rows: number; changedRows: number; errors: unknown[] } }> {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(file)], { type: name.endsWith('.csv') ? 'text/csv' : XLSX_TYPE }), name);
    const res = await fetch(`${base}/api/budget-years/2014/savings/import?dryRun=${dryRun}`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
    return { status: res.status, body: await res.json() };
  }

  it('exports and imports them', async () => {
    const xlsx = await measure(api.pid, 'export XLSX', () => download('xlsx'));
    const csv = await measure(api.pid, 'export CSV', () => download('csv'));
    report.push(`${xlsx.line}   (${(xlsx.result.length / 1e6).toFixed(1)} MB file)`, `${csv.line}   (${(csv.result.length / 1e6).toFixed(1)} MB file)`);
    expect(csv.result.toString('utf8').trimEnd().split('\r\n')).toHaveLength(ROWS + 1);

    const dryXlsx = await measure(api.pid, 'import XLSX, dry run, 0 changes', () => upload(xlsx.result, 'b.xlsx', true));
    const dryCsv = await measure(api.pid, 'import CSV, dry run, 0 changes', () => upload(csv.result, 'b.csv', true));
    report.push(dryXlsx.line, dryCsv.line);
    for (const { result } of [dryXlsx, dryCsv]) expect(result).toMatchObject({ status: 200, body: { rows: ROWS, changedRows: 0, errors: [] } });

    // Every forecast changed: 50,000 rows updated and 50,000 audit rows, in one transaction.
    const lines = csv.result.toString('utf8').split('\r\n');
    const edited = lines.map((line, i) => (i === 0 || line === '' ? line : line.split(';').map((c, j) => (j === 6 ? `${i},25` : c)).join(';'))).join('\r\n');
    const realCsv = await measure(api.pid, `import CSV, real run, ${ROWS} rows changed`, () => upload(Buffer.from(edited), 'b.csv', false));
    report.push(realCsv.line);
    expect(realCsv.result).toMatchObject({ status: 200, body: { rows: ROWS, changedRows: ROWS, errors: [] } });

    const changedXlsx = await allForecastsChanged(await download('xlsx'));
    const realXlsx = await measure(api.pid, `import XLSX, real run, ${ROWS} rows changed`, () => upload(changedXlsx, 'b.xlsx', false));
    report.push(realXlsx.line);
    expect(realXlsx.result).toMatchObject({ status: 200, body: { rows: ROWS, changedRows: ROWS, errors: [] } });
  }, 600_000);
});

/** The exported workbook with every forecast raised by one krone (in this process, before measuring). */
async function allForecastsChanged(file: Buffer): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  workbook.worksheets[0].eachRow((row, n) => {
    if (n > 1) row.getCell(7).value = Number(row.getCell(7).value ?? 0) + 1;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
