/**
 * `npm run bench`: finds or starts PostgreSQL and Redis like `npm test`, runs the benchmark
 * files in bench/ one after another (each in its own process, so one's heap and JIT state
 * cannot colour the next), prints a table and writes bench/RESULTS.md: date, machine, the
 * command for each figure, each figure beside its baseline and its target, PASS/FAIL.
 *
 * `node scripts/bench.mjs --smoke`: every benchmark with tiny sizes, side by side (the
 * figures mean nothing then), in well under a minute; exit code 1 if any of them breaks. For
 * `npm test`, so the bench code cannot rot. Writes no RESULTS.md.
 * The full run takes a while: four benchmarks generate the scale data (1,000,000 savings
 * rows) on a database of their own, and `growth` three sizes of it.
 * `node scripts/bench.mjs allocation …`: only the named benchmarks; prints, writes nothing.
 * The writes-contention benchmark runs a 30 s load (issue 9) and then a 60 s one (issue 10);
 * run by hand with `--seconds=60` (or `--seconds=30,60,…`) it runs the loads named.
 *
 * The exit code is 0 when every benchmark ran, whether or not its targets are met: a FAIL is
 * a finding to act on, not a broken run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dropTestTemplates, ensureDependencies, ensurePostgres, ensureRedis, fail, log, main, root, run } from './lib/services.mjs';

const BENCHES = [
  { name: 'allocation', file: 'bench/allocation.bench.ts' },
  { name: 'change-visible', file: 'bench/change-visible.bench.ts' },
  { name: 'api-latency', file: 'bench/api-latency.bench.ts' },
  { name: 'reads-at-scale', file: 'bench/reads-at-scale.bench.ts' },
  { name: 'writes-contention', file: 'bench/writes-contention.bench.ts' },
  { name: 'web', file: 'bench/web.bench.ts' },
  { name: 'growth', file: 'bench/growth.bench.ts' },
];
// ts-node transpiles (no type check: fast, and decorator metadata works for Nest, which
// esbuild cannot do); bench/tsconfig.json sets baseUrl so tsconfig-paths resolves @budgetspor/*.
const TS_ENV = { TS_NODE_PROJECT: 'bench/tsconfig.json' };
const TS_ARGS = ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register'];
const RESULTS = path.join(root, 'bench', 'RESULTS.md');

main(async () => {
  const { smoke, benches } = parseArgs(process.argv.slice(2));
  const startedAt = new Date();
  const [startLoad] = os.loadavg();
  await ensureDependencies();
  const postgres = await ensurePostgres({ database: 'postgres' }); // a server URL: each bench creates its own database
  const redis = await ensureRedis();
  process.env.DATABASE_URL = postgres.url; // children inherit process.env
  process.env.REDIS_URL = redis.url;

  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'budgetspor-bench-'));
  const runOne = async (bench) => {
    const out = path.join(outDir, `${bench.name}.json`);
    const began = Date.now();
    if (!smoke) log(`━━ ${bench.name}: ${command(bench)}`);
    // Smoke runs go side by side, so their output is collected and shown only on failure.
    const { code, output } = await run(process.execPath, [...TS_ARGS, bench.file, ...(smoke ? ['--smoke'] : [])], {
      env: { ...TS_ENV, BENCH_OUT: out },
      quiet: smoke,
    });
    const seconds = ((Date.now() - began) / 1000).toFixed(1);
    const report = code === 0 ? readReport(out) : null;
    if (!report) {
      if (smoke) console.log(output.trimEnd());
      log(`${bench.name}: FAILED (exit code ${code}) after ${seconds} s`);
      return { bench, failed: true };
    }
    log(`${bench.name}: ${report.figures.length} figures in ${seconds} s`);
    return { bench, report };
  };
  const results = [];
  if (smoke) results.push(...(await Promise.all(benches.map(runOne))));
  else for (const bench of benches) results.push(await runOne(bench));
  fs.rmSync(outDir, { recursive: true, force: true });
  await dropTestTemplates();

  const done = results.filter((r) => r.report);
  const broken = results.filter((r) => r.failed).map((r) => r.bench.name);
  if (smoke) {
    // Tiny sizes on a busy machine: the figures mean nothing, so no table and no PASS/FAIL.
    log(`smoke: ${done.length} of ${results.length} benchmarks ran${broken.length ? `; broken: ${broken.join(', ')}` : ''}`);
    return broken.length ? 1 : 0;
  }
  console.log('');
  for (const { report } of done) printTable(report);
  const verdicts = done.flatMap(({ report }) => report.figures.filter((f) => f.target).map(verdict));
  log(`targets: ${verdicts.filter((v) => v === 'PASS').length} PASS, ${verdicts.filter((v) => v === 'FAIL').length} FAIL`);
  if (broken.length) {
    log(`broken: ${broken.join(', ')}; bench/RESULTS.md left as it was`);
    return 1;
  }
  if (benches.length !== BENCHES.length) {
    log('only some benchmarks ran: bench/RESULTS.md left as it was');
    return 0;
  }
  fs.writeFileSync(RESULTS, await resultsMarkdown(done, startedAt, startLoad));
  log(`wrote ${path.relative(root, RESULTS)}`);
  return 0;
});

function parseArgs(args) {
  const smoke = args.includes('--smoke');
  const names = args.filter((a) => a !== '--smoke');
  const unknown = names.find((n) => n.startsWith('-') || !BENCHES.some((b) => b.name === n));
  if (unknown) fail(`unknown argument ${unknown}: use --smoke and/or benchmark names (${BENCHES.map((b) => b.name).join(', ')})`);
  return { smoke, benches: names.length ? BENCHES.filter((b) => names.includes(b.name)) : BENCHES };
}

function command(bench) {
  return `TS_NODE_PROJECT=${TS_ENV.TS_NODE_PROJECT} node ${TS_ARGS.join(' ')} ${bench.file}`;
}

/** The bench's report, or null when it is missing or has a figure that is not a number. */
function readReport(file) {
  try {
    const report = JSON.parse(fs.readFileSync(file, 'utf8'));
    const numbers = report.figures.flatMap((f) => [f.value, ...(f.baseline === undefined ? [] : [f.baseline])]);
    return report.figures.length > 0 && numbers.every(Number.isFinite) ? report : null;
  } catch {
    return null;
  }
}

// ── Formatting ─────────────────────────────────────────────────────────────────────────

function format(value, unit) {
  const digits = (n) => (Math.abs(n) >= 100 ? 0 : Math.abs(n) >= 10 ? 1 : 2);
  const number = (n, d = digits(n)) => n.toLocaleString('en', { minimumFractionDigits: d, maximumFractionDigits: d });
  switch (unit) {
    case 'x':
      return `${number(value, 2)}×`;
    case 'cells/s':
    case 'count':
      return number(value, 0) + (unit === 'count' ? '' : ' cells/s');
    default:
      return `${number(value)} ${unit}`;
  }
}

const OPS = { '>=': '≥', '<=': '≤', '<': '<' };
const targetText = (f) => (f.target ? `${OPS[f.target.op]} ${format(f.target.value, f.unit)}` : '—');
const baselineText = (f) => (f.baseline === undefined ? '—' : format(f.baseline, f.unit));

function verdict(f) {
  if (!f.target) return '—';
  const { op, value } = f.target;
  const ok = op === '>=' ? f.value >= value : op === '<=' ? f.value <= value : f.value < value;
  return ok ? 'PASS' : 'FAIL';
}

const rows = (report) => report.figures.map((f) => [f.name, format(f.value, f.unit), baselineText(f), targetText(f), verdict(f)]);
const HEADER = ['Figure', 'Budgetspor', 'Baseline', 'Target', 'Result'];

function printTable(report) {
  const table = [HEADER, ...rows(report)];
  const widths = HEADER.map((_, i) => Math.max(...table.map((r) => r[i].length)));
  const line = (r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  console.log(`${report.title}\n  baseline: ${report.baseline}`);
  console.log(line(table[0]));
  console.log(widths.map((w) => '─'.repeat(w)).join('  '));
  for (const r of table.slice(1)) console.log(line(r));
  console.log('');
}

async function resultsMarkdown(done, startedAt, startLoad) {
  const cpus = os.cpus();
  const machine = `${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${Math.round(os.totalmem() / 1024 ** 3)} GB RAM, ${os.type()} ${os.release()} (${os.arch()})`;
  const all = done.flatMap(({ report }) => report.figures.filter((f) => f.target));
  const failing = all.filter((f) => verdict(f) === 'FAIL');
  const lines = [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (scripts/bench.mjs); do not edit by hand. Issue 9 describes the benchmarks; issue 10\'s load without loss (50 users, 60 s) is the 60 s load of the writes-contention benchmark, run after its 30 s load on the same data.',
    '',
    `- Date: ${startedAt.toISOString().replace(/\.\d+Z$/, 'Z')}`,
    `- Code: ${await gitVersion()}`,
    `- Machine: ${machine}; load average (1 min) ${startLoad.toFixed(2)} at the start, ${os.loadavg()[0].toFixed(2)} at the end (other work on the machine slows every figure)`,
    `- Node ${process.version}; ${await serverVersions()}`,
    `- Targets: ${all.length - failing.length} PASS, ${failing.length} FAIL${failing.length ? ` (${failing.map((f) => f.name).join('; ')})` : ''}`,
    '',
    'Every command runs from the repository root with `DATABASE_URL` (a PostgreSQL server: each benchmark creates and drops its own database) and `REDIS_URL` set; `npm run bench` finds or starts both, as `npm test` does.',
  ];
  done.forEach(({ bench, report }, i) => {
    lines.push('', `## ${i + 1}. ${report.title}`, '', `Command: \`${command(bench)}\``, '', `Baseline: ${report.baseline}.`, '');
    lines.push(`| ${HEADER.join(' | ')} |`, `| --- | ${HEADER.slice(1).map(() => '---:').join(' | ')} |`);
    for (const r of rows(report)) lines.push(`| ${r.join(' | ')} |`);
    if (report.notes.length) lines.push('', ...report.notes.map((n) => `- ${n}`));
  });
  return `${lines.join('\n')}\n`;
}

async function gitVersion() {
  const head = await run('git', ['rev-parse', '--short', 'HEAD'], { quiet: true });
  const status = await run('git', ['status', '--porcelain'], { quiet: true });
  if (head.code !== 0) return 'not a git checkout';
  return `commit ${head.output.trim()}${status.output.trim() ? ' with uncommitted changes' : ''}`;
}

async function serverVersions() {
  const { default: pg } = await import('pg'); // not at the top: may run before `npm install`
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  let postgres = 'PostgreSQL (version unknown)';
  try {
    await client.connect();
    postgres = `PostgreSQL ${(await client.query('SHOW server_version')).rows[0].server_version}`;
  } catch {
    // The benchmarks ran, so the server is fine; only the version line is missing.
  } finally {
    await client.end().catch(() => undefined);
  }
  const redis = await run('redis-cli', ['-u', process.env.REDIS_URL, 'INFO', 'server'], { quiet: true });
  const version = /redis_version:(\S+)/.exec(redis.output)?.[1];
  return `${postgres}, Redis ${version ?? '(version unknown)'}`;
}
