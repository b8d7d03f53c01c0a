import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
  const template = options.migrate === false ? null : await migratedTemplate();
  await onMaintenanceDb((c) => c.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`));
  const url = withDatabase(testServerUrl(), name);
  if (options.migrate !== false && !template) await runMigrations(url);
  return {
    url,
    name,
    drop: () => onMaintenanceDb((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

const TEMPLATE_PREFIX = 'bs_template_';
const TEMPLATE_LOCK = 7_202_612;

/**
 * A migrated database to copy test databases from: copying (~0.1 s) is several times faster
 * than running every migration for each test file. Named after a hash of the migrations'
 * source, so a changed migration gets a new template; made once, under an advisory lock, by
 * whichever test file needs it first. Null where the migrations' source is not at hand
 * (a bundle): then each test database is migrated itself. `npm test` drops the templates
 * when jest is done (scripts/test.mjs).
 */
async function migratedTemplate(): Promise<string | null> {
  const dir = join(__dirname, 'migrations');
  if (!existsSync(dir)) return null;
  const hash = createHash('sha256');
  for (const file of readdirSync(dir).sort()) hash.update(file).update(readFileSync(join(dir, file)));
  const name = TEMPLATE_PREFIX + hash.digest('hex').slice(0, 16);
  await onMaintenanceDb(async (c) => {
    await c.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    try {
      const { rows } = await c.query(`SELECT datistemplate FROM pg_database WHERE datname = $1`, [name]);
      if (rows[0]?.datistemplate) return;
      // Left half-made by a run that was killed: start again.
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.query(`CREATE DATABASE ${name}`);
      await runMigrations(withDatabase(testServerUrl(), name));
      await c.query(`ALTER DATABASE ${name} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`);
    } finally {
      await c.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
    }
  });
  return name;
}
