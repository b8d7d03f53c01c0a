/**
 * Benchmark 6 (issue 9, part 5), the web app:
 *
 * - the initial JavaScript of the production build: the scripts index.html loads and the
 *   modules it preloads, each gzipped with zlib (what a server sends), summed;
 * - the time to first render of the director dashboard (Overblik,
 *   /budget-years/:year/dashboard) on the scale data, in Chromium (playwright-core): from
 *   navigation start until the page's first data table (`main table`) is visible, measured
 *   in the page (performance.now() counts from navigation start). Cold: a new browser
 *   context (empty HTTP cache) with the director's session cookie; warm: the same page
 *   loaded again (scripts cached).
 *
 * - the same for the cross-round analysis (Analyse, /analysis/spor|udvalg|forvaltning/:code,
 *   issue 7): one track, one committee and the administration over every budget round, until
 *   the rounds table is visible.
 *
 * The build is dist/apps/web/browser (or TEST_WEB_DIST), built with `nx build web` when it
 * is missing. A dashboard that shows no table (the page not there yet, or broken) leaves
 * the render figures out with a note instead of failing the bench.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { type Browser, chromium, type Page } from 'playwright-core';
import { startApi } from './support/api';
import { type BenchReport, type Figure, runBench, SMOKE } from './support/output';
import { insertHistory } from './support/scale-history';
import { median } from './support/stats';

const ROOT = path.resolve(__dirname, '..');
const WEB_DIST = process.env['TEST_WEB_DIST'] ?? path.join(ROOT, 'dist/apps/web/browser');
const SIZE = SMOKE ? { rounds: 3, tracks: 10, committees: 3, loads: 1 } : { rounds: 25, tracks: 1000, committees: 10, loads: 5 };
const DIRECTOR = { email: 'direktor@bench.dk', password: 'direktor-bench-kodeord', name: 'Bench Direktør' };
/** How long a load may take before the page counts as having no table. */
const RENDER_TIMEOUT_MS = 30_000;

function ensureWebBuilt(): void {
  if (fs.existsSync(path.join(WEB_DIST, 'index.html'))) return;
  console.log(`web: no build in ${WEB_DIST}; building it (nx build web) …`);
  execFileSync(path.join(ROOT, 'node_modules/.bin/nx'), ['build', 'web'], {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NG_CLI_ANALYTICS: 'false' },
  });
}

interface InitialFile {
  file: string;
  bytes: number;
  gzip: number;
}

/** The scripts index.html loads at once (`<script src>`) and the modules it preloads (`<link rel=modulepreload>`). */
export function initialScripts(dist: string): InitialFile[] {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const files = new Set<string>();
  for (const tag of html.match(/<script\b[^>]*>|<link\b[^>]*>/g) ?? []) {
    const src = /\bsrc="([^"]+)"/.exec(tag)?.[1];
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (tag.startsWith('<script') && src) files.add(src);
    if (tag.startsWith('<link') && /\brel="modulepreload"/.test(tag) && href) files.add(href);
  }
  return [...files]
    .filter((f) => !/^(https?:)?\/\//.test(f))
    .map((file) => {
      const content = fs.readFileSync(path.join(dist, file.replace(/^\//, '')));
      return { file, bytes: content.length, gzip: zlib.gzipSync(content).length };
    });
}

/** Stylesheets index.html loads (for scale: not JavaScript, no target). */
function initialStyles(dist: string): InitialFile[] {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  return (html.match(/<link\b[^>]*rel="stylesheet"[^>]*>/g) ?? [])
    .map((tag) => /\bhref="([^"]+)"/.exec(tag)?.[1])
    .filter((href): href is string => !!href && !/^(https?:)?\/\//.test(href))
    .map((file) => {
      const content = fs.readFileSync(path.join(dist, file.replace(/^\//, '')));
      return { file, bytes: content.length, gzip: zlib.gzipSync(content).length };
    });
}

function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run'],
  });
}

async function main(): Promise<BenchReport> {
  ensureWebBuilt();
  const scripts = initialScripts(WEB_DIST);
  if (scripts.length === 0) throw new Error(`${WEB_DIST}/index.html loads no scripts`);
  const styles = initialStyles(WEB_DIST);
  const kB = (files: InitialFile[], key: 'bytes' | 'gzip') => files.reduce((sum, f) => sum + f[key], 0) / 1024;
  const builtAt = fs.statSync(path.join(WEB_DIST, 'index.html')).mtime.toISOString().replace(/\.\d+Z$/, 'Z');

  const api = await startApi((db) => insertHistory(db.url, SIZE), { env: { WEB_DIST } });
  let browser: Browser | undefined;
  try {
    const h = api.filled;
    const year = h.openYears[h.openYears.length - 1];
    const created = await api.request('POST', '/api/users', { token: await api.adminToken(), body: { ...DIRECTOR, role: 'director', committeeCodes: [] } });
    if (created.status !== 201) throw new Error(`create director: ${created.status} ${JSON.stringify(created.body)}`);

    browser = await launchChromium();
    const dashboard = `${api.url}/budget-years/${year}/dashboard`;
    const options = { viewport: { width: 1280, height: 900 }, locale: 'da-DK' };
    // Log in once over HTTP (the session cookie lands in the context), keep the cookie.
    const login = await browser.newContext(options);
    const res = await login.request.post(`${api.url}/api/auth/login`, { data: { email: DIRECTOR.email, password: DIRECTOR.password } });
    if (res.status() !== 200) throw new Error(`director login: ${res.status()}`);
    const storageState = await login.storageState();
    await login.close();

    const errors: string[] = [];
    interface Render {
      /** From navigation start until `main table` is visible. */
      table: number;
      /** Until the last script, and the last API response, that arrived before that. */
      scripts: number;
      api: number;
    }
    /** One load of the dashboard, or null when no table becomes visible. */
    const firstRender = async (page: Page, url = dashboard, selector = 'main table'): Promise<Render | null> => {
      await page.goto(url, { waitUntil: 'commit' });
      try {
        const handle = await page.waitForFunction(
          (selector) => {
            const table = document.querySelector(selector) as HTMLElement | null;
            return table && table.offsetParent !== null && table.getBoundingClientRect().height > 0 ? performance.now() : null;
          },
          selector,
          { timeout: RENDER_TIMEOUT_MS, polling: 'raf' },
        );
        const table = Number(await handle.jsonValue());
        const { scripts, api } = await page.evaluate((until) => {
          const entries = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => e.responseEnd <= until);
          const last = (match: (e: PerformanceResourceTiming) => boolean) => Math.max(0, ...entries.filter(match).map((e) => e.responseEnd));
          return { scripts: last((e) => new URL(e.name).pathname.endsWith('.js')), api: last((e) => new URL(e.name).pathname.startsWith('/api/')) };
        }, table);
        return { table, scripts, api };
      } catch {
        return null;
      }
    };
    const cold: Render[] = [];
    const warm: Render[] = [];
    let missing = '';
    for (let i = 0; i < SIZE.loads && !missing; i++) {
      const context = await browser.newContext({ ...options, storageState });
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(e.message));
      const coldLoad = await firstRender(page);
      const warmLoad = coldLoad === null ? null : await firstRender(page);
      if (coldLoad === null || warmLoad === null) {
        missing = `no \`main table\` became visible within ${RENDER_TIMEOUT_MS / 1000} s at ${new URL(page.url()).pathname} (title "${await page.title()}")`;
      } else {
        cold.push(coldLoad);
        warm.push(warmLoad);
      }
      await context.close();
    }

    // The cross-round analysis (issue 7): cold loads, each in a new context.
    const views = [
      { name: `track ${h.scale.tracks[0].code}`, path: `/analysis/spor/${h.scale.tracks[0].code}` },
      { name: `committee ${h.scale.committees[0]}`, path: `/analysis/udvalg/${h.scale.committees[0]}` },
      { name: 'administration BENCH (every track)', path: '/analysis/forvaltning/BENCH' },
    ];
    const analysis: { name: string; times: number[] }[] = [];
    for (const view of views) {
      const times: number[] = [];
      for (let i = 0; i < SIZE.loads && !missing; i++) {
        const context = await browser.newContext({ ...options, storageState });
        const page = await context.newPage();
        page.on('pageerror', (e) => errors.push(e.message));
        const load = await firstRender(page, api.url + view.path, '[data-testid="rounds-table"]');
        if (load === null) missing = `no rounds table became visible within ${RENDER_TIMEOUT_MS / 1000} s at ${view.path}`;
        else times.push(load.table);
        await context.close();
      }
      if (times.length) analysis.push({ name: view.name, times });
    }

    const figures: Figure[] = [
      { name: `initial JavaScript, gzip (${scripts.length} files)`, value: kB(scripts, 'gzip'), unit: 'kB', target: { op: '<=', value: 250 } },
      { name: 'initial JavaScript, uncompressed', value: kB(scripts, 'bytes'), unit: 'kB' },
      ...(styles.length ? [{ name: `initial CSS, gzip (${styles.length} files)`, value: kB(styles, 'gzip'), unit: 'kB' } satisfies Figure] : []),
      ...(cold.length
        ? ([
            { name: `dashboard first render, cold (new context, empty cache): median of ${cold.length}`, value: median(cold.map((r) => r.table)), unit: 'ms', target: { op: '<=', value: 1500 } },
            { name: `dashboard first render, cold: max of ${cold.length}`, value: Math.max(...cold.map((r) => r.table)), unit: 'ms' },
            { name: 'cold, of which until the last script arrived: median', value: median(cold.map((r) => r.scripts)), unit: 'ms' },
            { name: 'cold, of which until the last API answer arrived: median', value: median(cold.map((r) => r.api)), unit: 'ms' },
            { name: `dashboard first render, warm (scripts cached): median of ${warm.length}`, value: median(warm.map((r) => r.table)), unit: 'ms' },
          ] satisfies Figure[])
        : []),
      ...analysis.map(
        (a): Figure => ({ name: `analysis across ${h.years.length} rounds, ${a.name}, first render cold: median of ${a.times.length}`, value: median(a.times), unit: 'ms' }),
      ),
    ];
    return {
      title: `Web: initial JavaScript, the director dashboard's and the cross-round analysis' first render (budget ${year}, ${SIZE.tracks.toLocaleString('en')} tracks × ${SIZE.committees} committees, ${h.savingsRows.toLocaleString('en')} savings rows in the database)`,
      baseline: 'none named in issue 9',
      figures,
      notes: [
        `Build: ${WEB_DIST.startsWith(ROOT) ? path.relative(ROOT, WEB_DIST) : WEB_DIST}, index.html from ${builtAt}. Initial files: ${scripts.map((f) => `${f.file} ${(f.gzip / 1024).toFixed(1)} kB`).join(', ')} (gzip, zlib's default level 6).`,
        missing
          ? `Dashboard first render: figure missing: ${missing}.`
          : `Dashboard first render: Chromium (headless, ${options.viewport.width}×${options.viewport.height}) logged in as a director (session cookie), from navigation start until the first \`main table\` is on screen, by performance.now() in the page; the API serves the build and the data from its own process, on the same machine. "Until the last script / API answer arrived" are the latest responseEnd of the page's resource timings before the table showed: what is left after them is the page's own work (parsing, rendering the table and the charts).`,
        `Cross-round analysis: the same way, until the rounds table (\`[data-testid="rounds-table"]\`) is on screen; each load cold, in a new context. The administration view sums every track of the ${h.years.length} rounds.`,
        ...(errors.length ? [`Errors in the page: ${[...new Set(errors)].slice(0, 5).join('; ')}`] : []),
      ],
    };
  } finally {
    await browser?.close();
    await api.stop();
  }
}

runBench(main);
