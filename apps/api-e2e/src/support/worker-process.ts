import { ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

/** The repository root (this file is apps/api-e2e/src/support/worker-process.ts). */
export const WORKSPACE_ROOT = resolve(__dirname, '../../../..');


/** Every worker still alive, killed when the test process exits however it exits. */
const alive = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of alive) child.kill('SIGKILL');
});

export interface WorkerProcess {
  readonly pid: number;
  /** Everything it printed so far (stdout and stderr), for failure messages. */
  output(): string;
  /** Resolves when the process has ended. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGKILL (the default) or another signal, then waits for the exit. No-op when gone. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export interface WorkerEnv {
  DATABASE_URL: string;
  REDIS_URL: string;
  QUEUE_PREFIX: string;
  LOG_LEVEL?: string;
  WORKER_HEARTBEAT_FILE?: string;
}

/**
 * The real worker entrypoint (apps/worker/src/main.ts) in a process of its own, run from
 * the TypeScript sources with ts-node (transpile only), so it is always the current code.
 * Resolves once the worker says it runs (about 4–5 s, mostly transpiling).
 */
export function startWorker(env: WorkerEnv, options: { readyTimeoutMs?: number } = {}): Promise<WorkerProcess> {
  return startAppProcess('worker', 'Budgetspor-worker kører', { ...env }, options);
}

/** The real API entrypoint (apps/api/src/main.ts: migrations, seed, listen) in a process of its own. */
export function startApiProcess(env: WorkerEnv & { PORT: string; [name: string]: string }, options: { readyTimeoutMs?: number } = {}): Promise<WorkerProcess> {
  return startAppProcess('api', 'Budgetspor kører på', { RUN_WORKER: 'false', ...env }, options);
}

/**
 * tsconfig-paths maps the `@budgetspor/*` paths of tsconfig.base.json; the base has no
 * baseUrl, so TS_NODE_BASEURL names the root the paths are relative to.
 */
async function startAppProcess(
  app: 'api' | 'worker',
  readyLine: string,
  env: Record<string, string>,
  options: { readyTimeoutMs?: number },
): Promise<WorkerProcess> {
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', `apps/${app}/src/main.ts`],
    {
      cwd: WORKSPACE_ROOT,
      env: {
        PATH: process.env['PATH'] ?? '',
        HOME: process.env['HOME'] ?? '',
        TS_NODE_PROJECT: `apps/${app}/tsconfig.app.json`,
        TS_NODE_BASEURL: WORKSPACE_ROOT,
        NODE_ENV: 'test',
        LOG_LEVEL: 'warn',
        DEMO_DATA: 'false',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  alive.add(child);
  let text = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once('exit', (code, signal) => {
      alive.delete(child);
      done({ code, signal });
    }),
  );
  const ready = new Promise<void>((done, fail) => {
    const onData = (d: Buffer) => {
      text += d.toString();
      if (text.includes(readyLine)) done();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then(({ code, signal }) => fail(new Error(`${app} exited before it was ready (code ${code}, signal ${signal}):\n${text}`)));
  });
  const worker: WorkerProcess = {
    pid: child.pid as number,
    output: () => text,
    exited,
    async kill(signal: NodeJS.Signals = 'SIGKILL') {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      await exited;
    },
  };
  const timeoutMs = options.readyTimeoutMs ?? 30_000;
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      ready,
      new Promise<never>((_, fail) => {
        timer = setTimeout(() => fail(new Error(`${app} not ready within ${timeoutMs} ms:\n${text}`)), timeoutMs);
      }),
    ]);
  } catch (error) {
    await worker.kill();
    throw error;
  } finally {
    clearTimeout(timer);
  }
  return worker;
}
