/**
 * Child processes of `npm start` and `npm test`: running commands, forwarding Ctrl-C/SIGTERM to
 * them, and one cleanup that stops every server we started, however the script ends.
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// Nx must not phone home, start a daemon that outlives us, or ask questions (TOOLCHAIN.md).
process.env.NX_NO_CLOUD ??= 'true';
process.env.NX_DAEMON ??= 'false';
process.env.NG_CLI_ANALYTICS ??= 'false';

export function log(msg) {
  console.log(`[budgetspor] ${msg}`);
}

/** An expected failure: printed as one line without a stack trace, exit code 1. */
export class Failure extends Error {}

export function fail(msg) {
  throw new Failure(msg);
}

/** The locally installed binary of a package (what `npx` would run, without its start-up cost). */
export function bin(name) {
  return path.join(root, 'node_modules', '.bin', name);
}

/** Runs a script's main function and exits with its result, stopping our servers first. */
export function main(fn) {
  fn().then(
    (code) => exit(code ?? 0),
    (err) => {
      if (interrupted) return exit(1); // a server we stopped on Ctrl-C "failing" is no news
      if (err instanceof Failure) log(err.message);
      else if (err.code === 'EACCES' || err.code === 'EPERM') log(`${err.message} (made by another user, e.g. with sudo?)`);
      else console.error(err); // a bug in the script: the stack trace helps
      exit(1);
    },
  );
}

// ── Processes we started ────────────────────────────────────────────────────────────────

/** Servers we started, each { child: () => ChildProcess | undefined, signal } (see track()). */
const started = [];
/** Commands running in the foreground (builds, tests, the API): they get our signals. */
const foreground = new Set();
let interrupted = null;
let stopping = null;
let exiting = false;

/**
 * Registers a server for the cleanup. `child` is a function because a library may create the
 * process only after we register it; `signal` is the server's own graceful stop signal.
 */
export function track(child, signal) {
  started.push({ child, signal });
}

/** The single cleanup: stops every server this script started, newest first. */
export function stopServices() {
  stopping ??= (async () => {
    for (const server of [...started].reverse()) {
      await stopChild(server.child(), server.signal);
    }
  })();
  return stopping;
}

export async function exit(code) {
  if (exiting) return;
  exiting = true;
  await stopServices();
  process.exit(code);
}

/** Signals `child` and resolves once it has exited (SIGKILL after graceMs). */
export function stopChild(child, signal, graceMs = 10_000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill(signal);
  });
}

const signalCode = (signal) => 128 + os.constants.signals[signal];

function onSignal(signal) {
  if (interrupted) {
    // A second Ctrl-C: stop waiting for a graceful shutdown.
    for (const child of foreground) child.kill('SIGKILL');
    return;
  }
  interrupted = signal;
  log(`${signal}: stopping…`);
  if (foreground.size === 0) {
    exit(signalCode(signal));
    return;
  }
  // The terminal may have signalled these already; a SIGTERM from a supervisor reaches only us.
  for (const child of foreground) child.kill(signal);
  setTimeout(() => {
    for (const child of foreground) child.kill('SIGKILL');
  }, 15_000).unref();
  // run() calls exit() once the last of them has ended.
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => onSignal(signal));

// Last resort when the process ends without exit() (an uncaught error): nothing left running.
process.on('exit', () => {
  const alive = (child) => child && child.exitCode === null && child.signalCode === null;
  for (const child of foreground) if (alive(child)) child.kill('SIGTERM');
  for (const server of started) if (alive(server.child())) server.child().kill(server.signal);
});

/**
 * Runs a command from the repository root and resolves with { code, output }. Output goes to
 * the terminal, or is collected in `output` with { quiet: true }. { detached: true } puts the
 * child in its own process group, so only we signal it (once) and it can shut down gracefully.
 * After Ctrl-C the promise never resolves: the script exits instead of starting the next step.
 */
export function run(cmd, args, { env = {}, quiet = false, detached = false } = {}) {
  if (interrupted) return new Promise(() => undefined);
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd: root,
      env: { ...process.env, ...env },
      detached,
      stdio: [detached || quiet ? 'ignore' : 'inherit', quiet ? 'pipe' : 'inherit', quiet ? 'pipe' : 'inherit'],
    });
    foreground.add(child);
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    const done = (code) => {
      foreground.delete(child);
      if (!interrupted) resolve({ code, output });
      else if (foreground.size === 0) exit(signalCode(interrupted));
    };
    child.on('error', (err) => {
      output += `${cmd}: ${err.message}\n`;
      done(127);
    });
    child.on('close', (code, signal) => done(code ?? signalCode(signal)));
  });
}

