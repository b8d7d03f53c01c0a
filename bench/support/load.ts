import { fork } from 'node:child_process';
import path from 'node:path';
import { SMOKE } from './output';
import { percentile } from './stats';

// autocannon ships no types; its API is small.
const autocannon = require('autocannon');

export interface Load {
  rps: number;
  p50: number;
  p95: number;
  p97_5: number;
  ok: number;
  notOk: number;
  /** Responses by status code, as autocannon counts them. */
  statusCodes: Record<string, number>;
}

export interface LoadOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  connections?: number;
  /** Seconds measured, and seconds of unmeasured warm-up before (JIT, pools, caches). */
  duration?: number;
  warmUp?: number;
  /** Smoke runs: a fixed, small number of requests instead of seconds, to check the bench runs. */
  smokeRequests?: number;
  /**
   * The path of each request, in turn (e.g. the pages of a list): the same sequence for every
   * server compared. Without it every request goes to `url` itself.
   */
  paths?: readonly string[];
}

/**
 * autocannon against `url`. p95 is computed from every 2xx response time autocannon reports
 * ('response' events): its summary only has p2.5/p50/p97.5/p99.
 */
export async function load(url: string, options: LoadOptions = {}): Promise<Load> {
  const { connections = 10, duration = 10, warmUp = 2, smokeRequests = 30, paths, ...request } = options;
  const run = async (seconds: number) => {
    const latencies: number[] = [];
    const length = SMOKE ? { amount: smokeRequests } : { duration: seconds };
    let next = 0;
    const rotate = paths?.length
      ? {
          requests: [
            {
              setupRequest: (req: { path: string }) => {
                req.path = paths[next++ % paths.length];
                return req;
              },
            },
          ],
        }
      : {};
    const instance = autocannon({ url, connections, ...length, ...request, ...rotate });
    instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
      if (status >= 200 && status < 300) latencies.push(ms);
    });
    const result = await instance;
    return { result, latencies };
  };
  if (!SMOKE && warmUp > 0) await run(warmUp);
  const { result, latencies } = await run(duration);
  if (latencies.length === 0) throw new Error(`${request.method ?? 'GET'} ${url}: no 2xx responses (${JSON.stringify(result.statusCodeStats)})`);
  const statusCodes: Record<string, number> = {};
  for (const [code, { count }] of Object.entries(result.statusCodeStats as Record<string, { count: number }>)) statusCodes[code] = count;
  return {
    rps: latencies.length / (result.duration ?? duration),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p97_5: result.latency.p97_5,
    ok: latencies.length,
    notOk: result.non2xx + result.errors + result.timeouts,
    statusCodes,
  };
}

/** A raw baseline server (bench/support/raw-*.mjs) in its own process, on DATABASE_URL = `databaseUrl`. */
export function startRawServer(file: string, databaseUrl: string): Promise<{ url: string; pid: number; stop: () => Promise<void> }> {
  // No ts-node hooks: plain JavaScript, so nothing of ours runs in it but its own code.
  const child = fork(path.join(__dirname, file), [], { execArgv: [], env: { ...process.env, DATABASE_URL: databaseUrl } });
  const stop = () => new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', () => resolve()), child.kill('SIGTERM'))));
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve({ url: (m as { url: string }).url, pid: child.pid ?? NaN, stop }));
    child.once('exit', (code) => reject(new Error(`${file} exited with ${code}`)));
  });
}
