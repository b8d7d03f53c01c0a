import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Effect management (Effektuniverset): effect goals (Odensemål and the committees' goals
 * under them), their indicators with baseline, target and yearly values, the tracks that
 * serve each goal, and the price and wage index (P/L) that converts amounts between price
 * levels. Indicator values and indices are exact decimals (numeric), never floats; `seq`
 * gives goals and indicators a stable creation order for lists.
 */
export class Effect1764259200010 implements MigrationInterface {
  name = 'Effect1764259200010';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE effect_goals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
        description text CHECK (char_length(description) <= 4000),
        level text NOT NULL CHECK (level IN ('municipal', 'committee')),
        parent_id uuid REFERENCES effect_goals (id),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (parent_id IS NULL OR parent_id <> id)
      )`);
    await q.query(`CREATE INDEX effect_goals_parent_idx ON effect_goals (parent_id)`);
    await q.query(`
      CREATE TABLE effect_goal_committees (
        goal_id uuid NOT NULL REFERENCES effect_goals (id) ON DELETE CASCADE,
        committee_code text NOT NULL REFERENCES committees (code),
        PRIMARY KEY (goal_id, committee_code)
      )`);
    await q.query(`CREATE INDEX effect_goal_committees_committee_idx ON effect_goal_committees (committee_code)`);
    await q.query(`
      CREATE TABLE effect_goal_tracks (
        goal_id uuid NOT NULL REFERENCES effect_goals (id) ON DELETE CASCADE,
        track_code text NOT NULL REFERENCES tracks (code),
        PRIMARY KEY (goal_id, track_code)
      )`);
    await q.query(`CREATE INDEX effect_goal_tracks_track_idx ON effect_goal_tracks (track_code)`);
    await q.query(`
      CREATE TABLE effect_indicators (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        goal_id uuid NOT NULL REFERENCES effect_goals (id) ON DELETE CASCADE,
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
        description text CHECK (char_length(description) <= 4000),
        kind text NOT NULL CHECK (kind IN ('quantitative', 'qualitative')),
        unit text CHECK (char_length(unit) BETWEEN 1 AND 50),
        direction text CHECK (direction IN ('higher', 'lower')),
        baseline_year integer CHECK (baseline_year BETWEEN 1900 AND 2200),
        baseline_value numeric(24, 6),
        target_year integer CHECK (target_year BETWEEN 1900 AND 2200),
        target_value numeric(24, 6),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (
          (kind = 'quantitative' AND unit IS NOT NULL AND direction IS NOT NULL AND baseline_year IS NOT NULL
            AND baseline_value IS NOT NULL AND target_year IS NOT NULL AND target_value IS NOT NULL
            AND target_year > baseline_year
            AND (direction = 'higher' AND target_value > baseline_value OR direction = 'lower' AND target_value < baseline_value))
          OR (kind = 'qualitative' AND unit IS NULL AND direction IS NULL AND baseline_year IS NULL
            AND baseline_value IS NULL AND target_year IS NULL AND target_value IS NULL)
        )
      )`);
    await q.query(`CREATE INDEX effect_indicators_goal_idx ON effect_indicators (goal_id)`);
    await q.query(`
      CREATE TABLE effect_indicator_values (
        indicator_id uuid NOT NULL REFERENCES effect_indicators (id) ON DELETE CASCADE,
        year integer NOT NULL CHECK (year BETWEEN 1900 AND 2200),
        value numeric(24, 6),
        source_note text CHECK (char_length(source_note) <= 1000),
        assessment text CHECK (char_length(assessment) <= 4000),
        status text CHECK (status IN ('achieved', 'on_track', 'at_risk', 'off_track')),
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by text NOT NULL,
        PRIMARY KEY (indicator_id, year),
        CHECK (value IS NOT NULL OR (assessment IS NOT NULL AND status IS NOT NULL))
      )`);
    await q.query(`
      CREATE TABLE price_indices (
        year integer PRIMARY KEY CHECK (year BETWEEN 1900 AND 2200),
        index numeric(21, 6) NOT NULL CHECK (index > 0),
        source text CHECK (char_length(source) <= 1000),
        illustrative boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['price_indices', 'effect_indicator_values', 'effect_indicators', 'effect_goal_tracks', 'effect_goal_committees', 'effect_goals']) {
      await q.query(`DROP TABLE ${table}`);
    }
  }
}
