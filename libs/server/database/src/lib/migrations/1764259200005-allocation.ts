import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Allocation runs, their cells, the transactional outbox and the savings follow-up.
 *
 * - `budget_years.allocation_generation` counts input changes per year; a run records the
 *   generation it computed from, so a stale run can never replace a newer result.
 * - `budget_years.current_run_id` points at the run readers see; it moves in the same
 *   transaction that writes the run's cells and updates the savings rows.
 * - `outbox` rows commit with the change that needs a recompute; a relay moves them to
 *   BullMQ, so no change is lost when Redis is down or the process dies after commit.
 * - every status change of a run is announced with NOTIFY for the live events stream.
 */
export class Allocation1764259200005 implements MigrationInterface {
  name = 'Allocation1764259200005';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE allocation_runs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        budget_year integer NOT NULL REFERENCES budget_years (year),
        generation integer NOT NULL,
        framework_revision integer,
        allocation_method text CHECK (allocation_method IN ('top_down', 'bids')),
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'succeeded', 'failed')),
        error text,
        reason text NOT NULL,
        requested_by text NOT NULL,
        attempts integer NOT NULL DEFAULT 0,
        inputs jsonb,
        unallocated jsonb,
        uncovered jsonb,
        queued_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        started_at timestamptz,
        finished_at timestamptz
      )`);
    await q.query(`CREATE INDEX allocation_runs_year_idx ON allocation_runs (budget_year, queued_at DESC)`);
    await q.query(`
      ALTER TABLE budget_years
        ADD COLUMN allocation_generation integer NOT NULL DEFAULT 0,
        ADD COLUMN current_run_id uuid REFERENCES allocation_runs (id)`);
    await q.query(`
      CREATE TABLE allocation_cells (
        run_id uuid NOT NULL REFERENCES allocation_runs (id) ON DELETE CASCADE,
        track_code text NOT NULL,
        committee_code text NOT NULL,
        year integer NOT NULL,
        amount bigint NOT NULL CHECK (amount >= 0),
        PRIMARY KEY (run_id, track_code, committee_code, year)
      )`);
    await q.query(`
      CREATE TABLE outbox (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        topic text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        dispatched_at timestamptz
      )`);
    await q.query(`CREATE INDEX outbox_pending_idx ON outbox (id) WHERE dispatched_at IS NULL`);
    await q.query(`
      CREATE TABLE savings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        budget_year integer NOT NULL REFERENCES budget_years (year),
        track_code text NOT NULL REFERENCES tracks (code),
        committee_code text NOT NULL REFERENCES committees (code),
        year integer NOT NULL,
        expected bigint NOT NULL DEFAULT 0 CHECK (expected >= 0),
        forecast numeric(18, 2),
        realised numeric(18, 2),
        status text NOT NULL DEFAULT 'on_track' CHECK (status IN ('on_track', 'at_risk', 'off_track', 'realised')),
        comment text NOT NULL DEFAULT '' CHECK (char_length(comment) <= 4000),
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by text NOT NULL DEFAULT 'system',
        UNIQUE (budget_year, track_code, committee_code, year)
      )`);
    await q.query(`CREATE INDEX savings_committee_idx ON savings (budget_year, committee_code)`);
    await q.query(`
      CREATE FUNCTION allocation_run_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('allocation_run', json_build_object(
          'id', NEW.id, 'budgetYear', NEW.budget_year, 'status', NEW.status)::text);
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER allocation_run_status AFTER INSERT OR UPDATE OF status ON allocation_runs
      FOR EACH ROW EXECUTE FUNCTION allocation_run_notify()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE savings`);
    await q.query(`DROP TABLE outbox`);
    await q.query(`DROP TABLE allocation_cells`);
    await q.query(`ALTER TABLE budget_years DROP COLUMN current_run_id, DROP COLUMN allocation_generation`);
    await q.query(`DROP TABLE allocation_runs`);
    await q.query(`DROP FUNCTION allocation_run_notify()`);
  }
}
