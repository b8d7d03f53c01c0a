import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The budget year's calendar (årshjul) and its follow-up rounds (budgetopfølgning).
 *
 * - `milestones`: dated steps of a round, each with one responsible role or committee and
 *   at most one link to what it produced (a framework revision or a follow-up round of the
 *   same budget year, enforced by composite foreign keys).
 * - `calendar_tokens`: one per user, for the iCalendar feed; only the SHA-256 is stored, as
 *   for sessions.
 * - `follow_up_rounds`: at most one open round per budget year (a partial unique index);
 *   a closed round never changes again.
 * - `follow_up_confirmations`: which cells a committee confirmed within an open round.
 * - `follow_up_snapshots`: every cell as it stood when its round closed. Frozen: the database
 *   refuses UPDATE, DELETE and TRUNCATE, and rows for a round that is already closed.
 */
export class Calendar1764259200020 implements MigrationInterface {
  name = 'Calendar1764259200020';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE follow_up_rounds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        budget_year integer NOT NULL REFERENCES budget_years (year),
        as_of date NOT NULL,
        deadline date NOT NULL CHECK (deadline >= as_of),
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
        opened_by text NOT NULL,
        opened_at timestamptz NOT NULL DEFAULT now(),
        closed_by text,
        closed_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((status = 'closed') = (closed_at IS NOT NULL AND closed_by IS NOT NULL)),
        UNIQUE (budget_year, id)
      )`);
    await q.query(`CREATE UNIQUE INDEX follow_up_rounds_one_open ON follow_up_rounds (budget_year) WHERE status = 'open'`);
    await q.query(`
      CREATE TABLE follow_up_confirmations (
        round_id uuid NOT NULL REFERENCES follow_up_rounds (id),
        saving_id uuid NOT NULL REFERENCES savings (id),
        confirmed_by text NOT NULL,
        confirmed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (round_id, saving_id)
      )`);
    await q.query(`
      CREATE TABLE follow_up_snapshots (
        round_id uuid NOT NULL REFERENCES follow_up_rounds (id),
        saving_id uuid NOT NULL REFERENCES savings (id),
        track_code text NOT NULL,
        committee_code text NOT NULL,
        year integer NOT NULL,
        expected bigint NOT NULL,
        forecast numeric(18, 2),
        realised numeric(18, 2),
        status text NOT NULL,
        comment text NOT NULL,
        saving_version integer NOT NULL,
        updated_at timestamptz NOT NULL,
        updated_by text NOT NULL,
        confirmed_by text,
        confirmed_at timestamptz,
        PRIMARY KEY (round_id, saving_id)
      )`);
    await q.query(`
      CREATE FUNCTION follow_up_snapshot_is_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'follow-up snapshots are frozen' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER follow_up_snapshots_no_update_delete BEFORE UPDATE OR DELETE ON follow_up_snapshots
      FOR EACH ROW EXECUTE FUNCTION follow_up_snapshot_is_frozen()`);
    await q.query(`
      CREATE TRIGGER follow_up_snapshots_no_truncate BEFORE TRUNCATE ON follow_up_snapshots
      FOR EACH STATEMENT EXECUTE FUNCTION follow_up_snapshot_is_frozen()`);
    // Closing writes the snapshot first and marks the round closed after, so rows added once
    // a round is closed can only be an attempt to change its snapshot. One check per statement.
    await q.query(`
      CREATE FUNCTION follow_up_snapshot_round_open() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM added a JOIN follow_up_rounds r ON r.id = a.round_id WHERE r.status = 'closed') THEN
          RAISE EXCEPTION 'follow-up snapshots are frozen' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER follow_up_snapshots_round_open AFTER INSERT ON follow_up_snapshots
      REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION follow_up_snapshot_round_open()`);
    await q.query(`
      CREATE FUNCTION follow_up_round_is_closed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'a closed follow-up round never changes' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER follow_up_rounds_closed BEFORE UPDATE OR DELETE ON follow_up_rounds
      FOR EACH ROW WHEN (OLD.status = 'closed') EXECUTE FUNCTION follow_up_round_is_closed()`);
    await q.query(`
      CREATE TABLE milestones (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        budget_year integer NOT NULL REFERENCES budget_years (year),
        date date NOT NULL,
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
        description text NOT NULL DEFAULT '' CHECK (char_length(description) <= 2000),
        kind text NOT NULL
          CHECK (kind IN ('framework_announcement', 'first_reading', 'second_reading', 'adoption', 'follow_up', 'other')),
        responsible_role text CHECK (responsible_role IN ('admin', 'finance', 'committee', 'director')),
        responsible_committee_code text REFERENCES committees (code),
        status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'done', 'late')),
        framework_revision integer,
        follow_up_round_id uuid,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by text NOT NULL,
        CHECK (num_nonnulls(responsible_role, responsible_committee_code) = 1),
        CHECK (num_nonnulls(framework_revision, follow_up_round_id) <= 1),
        FOREIGN KEY (budget_year, framework_revision) REFERENCES framework_revisions (budget_year, revision),
        FOREIGN KEY (budget_year, follow_up_round_id) REFERENCES follow_up_rounds (budget_year, id)
      )`);
    await q.query(`CREATE INDEX milestones_year_idx ON milestones (budget_year, date)`);
    await q.query(`
      CREATE TABLE calendar_tokens (
        user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        token_hash bytea NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE calendar_tokens`);
    await q.query(`DROP TABLE milestones`);
    await q.query(`DROP TABLE follow_up_snapshots`);
    await q.query(`DROP TABLE follow_up_confirmations`);
    await q.query(`DROP TABLE follow_up_rounds`);
    await q.query(`DROP FUNCTION follow_up_round_is_closed()`);
    await q.query(`DROP FUNCTION follow_up_snapshot_round_open()`);
    await q.query(`DROP FUNCTION follow_up_snapshot_is_frozen()`);
  }
}
