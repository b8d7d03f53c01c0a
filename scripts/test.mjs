/**
 * `npm test`: lint, typecheck, production build, unit + integration + browser tests (jest).
 * Every step runs even when an earlier one failed. The last line is exactly `N passed, M failed`:
 * jest's passed/failed test counts plus one per other step (typecheck counts as one step).
 * Exit code 0 only when M is 0.
 *
 * `npm test -- --only=jest` (or --only=lint,typecheck) runs some of the steps. PostgreSQL and
 * Redis are found or started only for jest; the tests get them as DATABASE_URL and REDIS_URL
 * (a server URL: each test file creates its own database there).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bin, dropTestTemplates, ensureChromium, ensureDependencies, ensurePdftotext, ensurePostgres, ensureRedis, fail, log, main, root, run } from './lib/services.mjs';

// The build comes before jest: the browser tests open the built web app.
const STEPS = { lint, typecheck, build, jest, bench };

main(async () => {
  const only = parseOnly(process.argv.slice(2));
  await ensureDependencies();
  if (only.includes('jest') || only.includes('bench')) {
    const postgres = await ensurePostgres({ database: 'postgres' });
    const redis = await ensureRedis();
    process.env.DATABASE_URL = postgres.url; // children inherit process.env
    process.env.REDIS_URL = redis.url;
    process.env.CHROMIUM_PATH = await ensureChromium();
    process.env.PDFTOTEXT_PATH = await ensurePdftotext();
  }

  const results = [];
  for (const name of only) {
    console.log(`\n[budgetspor] ━━ ${name} ━━`);
    const startedAt = Date.now();
    const result = await STEPS[name]();
    results.push({ name, ...result, seconds: Math.round((Date.now() - startedAt) / 1000) });
  }

  console.log('');
  for (const { name, failed, detail, seconds } of results) {
    log(`${name}: ${failed ? 'FAILED' : 'ok'}${detail ? ` (${detail})` : ''}, ${seconds} s`);
  }
  const passed = results.reduce((sum, r) => sum + r.passed, 0);
  const failed = results.reduce((sum, r) => sum + r.failed, 0);
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
});

function parseOnly(args) {
  const names = Object.keys(STEPS);
  const arg = args.find((a) => a.startsWith('--only='));
  const unknown = args.filter((a) => a !== arg);
  if (unknown.length) fail(`unknown argument ${unknown[0]}: use --only=${names.join(',')}`);
  if (!arg) return names;
  const only = arg.slice('--only='.length).split(',').filter(Boolean);
  const wrong = only.find((name) => !names.includes(name));
  if (wrong || only.length === 0) fail(`--only takes a comma-separated list of: ${names.join(', ')}`);
  return names.filter((name) => only.includes(name)); // always in the documented order
}

/** A step that is not jest counts as one passed or one failed test. */
const asStep = (code, detail) => ({ passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, detail });

async function lint() {
  const { code } = await run(bin('nx'), ['run-many', '-t', 'lint', '--all', '--skip-nx-cache', '--outputStyle=static']);
  return asStep(code);
}

async function typecheck() {
  const projects = findTsconfigs();
  // tsc is single-threaded; two or so at a time keep the run short without exhausting memory.
  const parallel = Math.max(2, Math.min(4, Math.floor(os.availableParallelism() / 2)));
  const failures = [];
  await inParallel(projects, parallel, async (tsconfig) => {
    const args = ['--noEmit', '-p', tsconfig, ...(process.stdout.isTTY ? ['--pretty'] : [])];
    const { code, output } = await run(bin('tsc'), args, { quiet: true });
    // Output is collected and printed whole, so parallel runs don't interleave.
    console.log(`${code === 0 ? '✓' : '✗'} ${tsconfig}`);
    if (code !== 0) {
      failures.push(tsconfig);
      console.log(output.trimEnd());
    }
  });
  return asStep(failures.length === 0 ? 0 : 1, `${projects.length - failures.length} of ${projects.length} tsconfigs pass`);
}

async function jest() {
  const outputFile = path.join(root, '.test-results', 'jest.json');
  fs.rmSync(outputFile, { force: true }); // never read the results of an earlier run
  fs.mkdirSync(path.dirname(outputFile), { recursive: true }); // jest does not create it
  // Two test files at a time even on two cores (jest's default there is one): most of a
  // file's time is spent waiting for PostgreSQL, Redis, Chromium or a child process.
  const workers = Math.max(2, os.availableParallelism() - 1);
  const { code } = await run(bin('jest'), ['--ci', `--maxWorkers=${workers}`, '--json', `--outputFile=${outputFile}`]);
  await dropTestTemplates();
  let report;
  try {
    report = JSON.parse(fs.readFileSync(outputFile, 'utf8'));
  } catch {
    return { passed: 0, failed: 1, detail: `jest wrote no results, exit code ${code}` };
  }
  const passed = report.numPassedTests;
  // A test file that could not run (syntax error, failing import) has no test results of its own.
  let failed = report.numFailedTests + report.numRuntimeErrorTestSuites;
  let detail = `${passed} passed, ${failed} failed in ${report.numTotalTestSuites} files`;
  if (code !== 0 && failed === 0) {
    failed = 1; // e.g. no tests found, or a failing global setup: never report success
    detail += `, but jest exited with code ${code}`;
  }
  return { passed, failed, detail };
}

async function build() {
  const args = ['run-many', '-t', 'build', '-p', 'api', 'worker', 'web', '--skip-nx-cache', '--outputStyle=static'];
  const { code } = await run(bin('nx'), args);
  return asStep(code);
}

/** Each benchmark with tiny sizes, so the bench code cannot rot (figures: `npm run bench`). */
async function bench() {
  const { code } = await run(process.execPath, ['scripts/bench.mjs', '--smoke']);
  return asStep(code, 'smoke run of npm run bench');
}

/**
 * What tsc checks: the server side as one program (scripts/typecheck/tsconfig.server.json:
 * every server and shared lib, the API, the worker and their tests), each web project's
 * tsconfig.{app,lib,spec}.json, and the benchmarks.
 */
function findTsconfigs() {
  const found = ['scripts/typecheck/tsconfig.server.json'];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.')) walk(full);
      else if (entry.isFile() && /^tsconfig\.(app|lib|spec)\.json$/.test(entry.name)) found.push(path.relative(root, full));
    }
  };
  for (const top of ['apps/web', 'libs/web']) if (fs.existsSync(path.join(root, top))) walk(path.join(root, top));
  if (fs.existsSync(path.join(root, 'bench/tsconfig.json'))) found.push('bench/tsconfig.json');
  return found;
}

async function inParallel(items, limit, fn) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
