import { DataSource, DataSourceOptions } from 'typeorm';
import { migrations } from './migrations';

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // Fail fast and clearly when the server is unreachable instead of hanging.
    connectTimeoutMS: 5000,
    extra: { max: 10 },
  };
}

// Any constant works; it only has to be the same in every instance of the app.
const MIGRATION_LOCK = 7_202_611;

/**
 * Runs the pending migrations under an advisory lock, so an API and a worker starting at
 * the same moment cannot both migrate. Returns the names of the migrations it ran.
 */
export async function runMigrations(url: string): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(url));
  await dataSource.initialize();
  const runner = dataSource.createQueryRunner();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    return ran.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
    await dataSource.destroy();
  }
}

/** Reverts every migration, newest first (used by the up/down test). */
export async function revertAllMigrations(url: string): Promise<number> {
  const dataSource = new DataSource(dataSourceOptions(url));
  await dataSource.initialize();
  let reverted = 0;
  try {
    while ((await dataSource.query(`SELECT count(*)::int AS n FROM migrations`))[0].n > 0) {
      await dataSource.undoLastMigration({ transaction: 'each' });
      reverted++;
    }
  } finally {
    await dataSource.destroy();
  }
  return reverted;
}
