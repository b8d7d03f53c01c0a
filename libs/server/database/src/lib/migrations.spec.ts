import { Client } from 'pg';
import { migrations } from './migrations';
import { revertAllMigrations, runMigrations } from './data-source';
import { createTestDatabase, TestDatabase } from './testing';

async function tables(url: string): Promise<string[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
    );
    return rows.map((r) => r.table_name);
  } finally {
    await client.end();
  }
}

describe('migrations on a real database', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ migrate: false });
  });
  afterAll(() => db.drop());

  it('run up, down to nothing, and up again', async () => {
    const ran = await runMigrations(db.url);
    expect(ran).toEqual(migrations.map((m) => m.name));
    expect(await tables(db.url)).toEqual(
      [
        'administrations', 'allocation_cells', 'allocation_runs', 'audit_log', 'bids', 'budget_years',
        'calendar_tokens', 'committees', 'effect_goal_committees', 'effect_goal_tracks', 'effect_goals',
        'effect_indicator_values', 'effect_indicators', 'follow_up_confirmations', 'follow_up_rounds',
        'follow_up_snapshots', 'framework_pool', 'framework_revisions', 'framework_track_weights', 'migrations',
        'milestones', 'outbox', 'price_indices', 'savings', 'savings_revisions', 'sessions', 'track_shares', 'tracks',
        'user_committees', 'users',
      ],
    );
    expect(await runMigrations(db.url)).toEqual([]);

    expect(await revertAllMigrations(db.url)).toBe(migrations.length);
    expect(await tables(db.url)).toEqual(['migrations']);

    expect(await runMigrations(db.url)).toHaveLength(migrations.length);
  });

  it('two instances migrating at once do not collide', async () => {
    const other = await createTestDatabase({ migrate: false });
    try {
      const [a, b] = await Promise.all([runMigrations(other.url), runMigrations(other.url)]);
      expect([...a, ...b]).toHaveLength(migrations.length);
    } finally {
      await other.drop();
    }
  });

  it('refuses to change or delete audit rows', async () => {
    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      await client.query(
        `INSERT INTO audit_log (actor, action, entity_type, entity_id, after) VALUES ('system', 'create', 'test', '1', '{}')`,
      );
      await expect(client.query(`UPDATE audit_log SET actor = 'x'`)).rejects.toThrow(/append-only/);
      await expect(client.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
      await expect(client.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
      const { rows } = await client.query(`SELECT actor FROM audit_log`);
      expect(rows).toEqual([{ actor: 'system' }]);
    } finally {
      await client.end();
    }
  });
});
