import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './redis-server';

/**
 * A throwaway PostgreSQL of the test's own (Debian's server binaries, a temp data dir, a free
 * port, trust auth), for fault tests that stop and restart the database. The machine's shared
 * server is never touched. PostgreSQL refuses to run as root, so as root it runs as `postgres`.
 */
export interface ThrowawayPostgres {
  readonly port: number;
  /** A server URL; `url('db')` names a database on it. */
  url(database?: string): string;
  /** `immediate`: as if the server crashed (no checkpoint, clients cut off). */
  stop(mode?: 'fast' | 'immediate'): void;
  start(): void;
  cleanup(): void;
}

function serverBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  if (!versions.length) throw new Error('PostgreSQL server binaries not found under /usr/lib/postgresql');
  return join(root, versions[0], 'bin');
}

export async function startPostgresServer(): Promise<ThrowawayPostgres> {
  const bin = serverBin();
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'bs-fault-pg-'));
  chmodSync(dir, 0o777);
  const data = join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  const run = (tool: string, args: string[]) =>
    execFileSync(asRoot ? 'runuser' : join(bin, tool), asRoot ? ['-u', 'postgres', '--', join(bin, tool), ...args] : args, {
      stdio: 'pipe',
      timeout: 60_000,
    });
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  let running = false;
  const server: ThrowawayPostgres = {
    port,
    url: (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`,
    start() {
      run('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', 'start']);
      running = true;
    },
    stop(mode = 'fast') {
      if (!running) return;
      run('pg_ctl', ['-D', data, '-m', mode, '-w', 'stop']);
      running = false;
    },
    cleanup() {
      try {
        server.stop('immediate');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
  server.start();
  return server;
}
