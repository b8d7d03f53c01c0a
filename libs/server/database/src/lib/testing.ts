import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { runMigrations } from './data-source';

/** The server tests run against: DATABASE_URL (set by `npm test`) or the local default. */
export function testServerUrl(): string {
  return process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function onMaintenanceDb<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: withDatabase(testServerUrl(), 'postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  readonly url: string;
  readonly name: string;
  drop(): Promise<void>;
}

/**
 * A fresh, empty database of its own for one test file, optionally migrated.
 * Call `drop()` in afterAll.
 */
export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const name = `bs_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await onMaintenanceDb((c) => c.query(`CREATE DATABASE ${name}`));
  const url = withDatabase(testServerUrl(), name);
  if (options.migrate !== false) await runMigrations(url);
  return {
    url,
    name,
    drop: () => onMaintenanceDb((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
