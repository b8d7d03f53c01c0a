import { Client } from 'pg';
import { AppConfig, redactUrl } from '@budgetspor/server/config';
import { runMigrations } from '@budgetspor/server/database';
import { checkRedisReachable } from '@budgetspor/server/queue';

/** A start-up failure that is explained in one line, without a stack trace. */
export class StartupError extends Error {
  override name = 'StartupError';
}

function reason(error: unknown): string {
  const e = error as { code?: string; message?: string };
  return e.code && e.message && !e.message.includes(e.code) ? `${e.code}: ${e.message}` : (e.message ?? String(error));
}

/** Checks that PostgreSQL and Redis answer, then migrates. Throws StartupError. */
export async function preflight(config: AppConfig, options: { migrate: boolean }): Promise<string[]> {
  const client = new Client({ connectionString: config.databaseUrl, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new StartupError(`Kan ikke forbinde til PostgreSQL på ${redactUrl(config.databaseUrl)} (DATABASE_URL): ${reason(error)}`);
  } finally {
    await client.end().catch(() => undefined);
  }
  try {
    await checkRedisReachable(config.redisUrl);
  } catch (error) {
    throw new StartupError(`Kan ikke forbinde til Redis på ${redactUrl(config.redisUrl)} (REDIS_URL): ${reason(error)}`);
  }
  if (!options.migrate) return [];
  try {
    return await runMigrations(config.databaseUrl);
  } catch (error) {
    throw new StartupError(`Databasemigreringen fejlede: ${reason(error)}`);
  }
}
