import { type ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import Redis from 'ioredis';
import { createTestDatabase, type TestDatabase } from '@budgetspor/server/database';

const ADMIN = { email: 'admin@bench.dk', password: 'admin-bench-kodeord' };
const FINANCE = { email: 'finance@bench.dk', password: 'finance-bench-kodeord' };

export interface Api {
  url: string;
  db: TestDatabase;
  /** The API's process, and the worker's when it runs apart (`separateWorker`); else the API runs it. */
  apiPid: number;
  workerPid: number;
  request(method: string, path: string, options?: { token?: string; body?: unknown }): Promise<{ status: number; body: any }>;
  /** A finance user's bearer token (frameworks are finance-only). */
  financeToken(): Promise<string>;
  adminToken(): Promise<string>;
  login(email: string, password: string): Promise<string>;
  stop(): Promise<void>;
}

export interface ApiOptions {
  /** Run the worker in a process of its own (RUN_WORKER=false for the API), e.g. to measure it apart. */
  separateWorker?: boolean;
  /** More environment for the API (and worker), e.g. WEB_DIST. */
  env?: Record<string, string>;
}

/** SIGTERM, then SIGKILL after 10 s: a graceful stop waits for open requests; don't let one hang the bench. */
async function stopChild(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/**
 * A fresh migrated database (filled by `fill` before the API starts; what it returns is
 * `filled`), then the real API in
 * a child process over it, with the in-process worker (RUN_WORKER=true, as `npm start`), or
 * with the worker in a child process of its own (`separateWorker`).
 * Its own BullMQ prefix keeps it apart from tests sharing the Redis; stop() removes its keys
 * and drops the database.
 */
export async function startApi<T = void>(fill: (db: TestDatabase) => Promise<T>, options: ApiOptions = {}): Promise<Api & { filled: T }> {
  const db = await createTestDatabase();
  const queuePrefix = `bs_bench_${randomBytes(4).toString('hex')}`;
  const redisUrl = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
  let child: ChildProcess | undefined;
  let worker: ChildProcess | undefined;
  const stop = async () => {
    await stopChild(child);
    await stopChild(worker);
    const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
    await redis.connect().catch(() => undefined);
    for await (const keys of redis.scanStream({ match: `${queuePrefix}:*`, count: 1000 })) {
      if ((keys as string[]).length) await redis.del(...(keys as string[]));
    }
    redis.disconnect();
    await db.drop();
  };
  try {
    const filled = await fill(db);
    const env = {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      DATABASE_URL: db.url,
      REDIS_URL: redisUrl,
      QUEUE_PREFIX: queuePrefix,
      DEMO_DATA: 'false',
      RUN_WORKER: options.separateWorker ? 'false' : 'true',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      LOGIN_LIMIT_PER_IP: '100000',
      LOGIN_LIMIT_PER_ACCOUNT: '100000',
      ...options.env,
    };
    if (options.separateWorker) {
      const started = fork(path.join(__dirname, 'worker-server.ts'), [], { env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
      worker = started;
      await new Promise<void>((resolve, reject) => {
        started.once('message', () => resolve());
        started.once('exit', (code) => reject(new Error(`the worker exited with code ${code} before it ran`)));
      });
    }
    child = fork(path.join(__dirname, 'api-server.ts'), [], { env, stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
    const started = child;
    // Its start-up output (a login hint for port 3000, which is not where it listens) is
    // noise here; it is shown only if the start fails. Later output (warnings) goes through.
    let startup = '';
    let listening = false;
    started.stdout!.on('data', (chunk) => (listening ? process.stdout.write(chunk) : (startup += chunk)));
    const url = await new Promise<string>((resolve, reject) => {
      started.once('message', (m) => resolve((m as { url: string }).url));
      started.once('exit', (code) => reject(new Error(`the API exited with code ${code} before listening:\n${startup}`)));
    });
    listening = true;

    const request: Api['request'] = async (method, pathname, options = {}) => {
      const headers: Record<string, string> = {};
      if (options.token) headers['authorization'] = `Bearer ${options.token}`;
      if (options.body !== undefined) headers['content-type'] = 'application/json';
      const res = await fetch(url + pathname, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
      const text = await res.text();
      return { status: res.status, body: (res.headers.get('content-type') ?? '').includes('json') && text ? JSON.parse(text) : text };
    };
    const login = async ({ email, password }: { email: string; password: string }) => {
      const res = await request('POST', '/api/auth/login', { body: { email, password } });
      if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.accessToken as string;
    };
    let admin: Promise<string> | undefined;
    const adminToken = () => (admin ??= login(ADMIN));
    let finance: Promise<string> | undefined;
    const financeToken = () =>
      (finance ??= (async () => {
        const res = await request('POST', '/api/users', { token: await adminToken(), body: { ...FINANCE, name: 'Bench Økonomi', role: 'finance', committeeCodes: [] } });
        if (res.status !== 201) throw new Error(`create finance user: ${res.status} ${JSON.stringify(res.body)}`);
        return login(FINANCE);
      })());
    return {
      url, db, request, financeToken, adminToken, stop, filled,
      login: (email, password) => login({ email, password }),
      apiPid: started.pid ?? NaN,
      workerPid: (worker ?? started).pid ?? NaN,
    };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}
