import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Budget rounds, innovation tracks, framework announcements (rammeudmeldinger) and bids.
 * Whole-kroner amounts (pools, bids) are `bigint` kroner; weights are exact decimals with
 * up to 6 decimals. Framework revisions are never updated or deleted: each POST adds one.
 */
export class Budget1764259200003 implements MigrationInterface {
  name = 'Budget1764259200003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE budget_years (
        year integer PRIMARY KEY CHECK (year BETWEEN 1900 AND 2200),
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
        price_level_year integer NOT NULL CHECK (price_level_year BETWEEN 1900 AND 2200),
        status text NOT NULL DEFAULT 'draft'
          CHECK (status IN ('draft', 'framework_announced', 'agreed', 'closed')),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE tracks (
        code text PRIMARY KEY CHECK (char_length(code) BETWEEN 1 AND 16),
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
        description text CHECK (char_length(description) <= 4000),
        administration_code text NOT NULL REFERENCES administrations (code),
        start_year integer NOT NULL CHECK (start_year BETWEEN 1900 AND 2200),
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'closed')),
        depends_on_free_municipality boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE track_shares (
        track_code text NOT NULL REFERENCES tracks (code) ON DELETE CASCADE,
        committee_code text NOT NULL REFERENCES committees (code),
        weight numeric(21, 6) NOT NULL CHECK (weight > 0),
        PRIMARY KEY (track_code, committee_code)
      )`);
    await q.query(`
      CREATE TABLE framework_revisions (
        budget_year integer NOT NULL REFERENCES budget_years (year),
        revision integer NOT NULL CHECK (revision >= 1),
        decided_on date NOT NULL,
        decided_by text NOT NULL CHECK (char_length(decided_by) BETWEEN 1 AND 200),
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
        allocation_method text NOT NULL CHECK (allocation_method IN ('top_down', 'bids')),
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by text NOT NULL,
        PRIMARY KEY (budget_year, revision)
      )`);
    await q.query(`
      CREATE TABLE framework_pool (
        budget_year integer NOT NULL,
        revision integer NOT NULL,
        year integer NOT NULL,
        amount bigint NOT NULL CHECK (amount >= 0),
        PRIMARY KEY (budget_year, revision, year),
        FOREIGN KEY (budget_year, revision) REFERENCES framework_revisions (budget_year, revision)
      )`);
    await q.query(`
      CREATE TABLE framework_track_weights (
        budget_year integer NOT NULL,
        revision integer NOT NULL,
        track_code text NOT NULL REFERENCES tracks (code),
        weight numeric(21, 6) NOT NULL CHECK (weight > 0),
        PRIMARY KEY (budget_year, revision, track_code),
        FOREIGN KEY (budget_year, revision) REFERENCES framework_revisions (budget_year, revision)
      )`);
    await q.query(`
      CREATE TABLE bids (
        budget_year integer NOT NULL REFERENCES budget_years (year),
        track_code text NOT NULL REFERENCES tracks (code),
        committee_code text NOT NULL REFERENCES committees (code),
        year integer NOT NULL,
        amount bigint NOT NULL CHECK (amount >= 0),
        PRIMARY KEY (budget_year, track_code, committee_code, year)
      )`);
    // Revisions are history: refuse edits at the database, like the audit log.
    await q.query(`
      CREATE FUNCTION framework_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'framework revisions are never changed' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of ['framework_revisions', 'framework_pool', 'framework_track_weights']) {
      await q.query(`
        CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION framework_is_append_only()`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['bids', 'framework_track_weights', 'framework_pool', 'framework_revisions', 'track_shares', 'tracks', 'budget_years']) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`DROP FUNCTION framework_is_append_only()`);
  }
}
