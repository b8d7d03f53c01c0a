import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A run's cells are written once and always read whole, so they are stored as one JSON
 * document on the run (one write instead of tens of thousands of index entries; see
 * bench/RESULTS.md). `allocation_cells` stays as a view with the old columns, for queries
 * and reports that want rows.
 */
export class RunCellsJson1764259200007 implements MigrationInterface {
  name = 'RunCellsJson1764259200007';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE allocation_runs ADD COLUMN cells json`);
    await q.query(`
      UPDATE allocation_runs r SET cells = (
        SELECT json_agg(json_build_object('trackCode', c.track_code, 'committeeCode', c.committee_code, 'year', c.year, 'amount', c.amount::text)
                        ORDER BY c.year, c.track_code COLLATE "C", c.committee_code COLLATE "C")
          FROM allocation_cells c WHERE c.run_id = r.id)`);
    await q.query(`DROP TABLE allocation_cells`);
    await q.query(`
      CREATE VIEW allocation_cells AS
      SELECT r.id AS run_id, c."trackCode" AS track_code, c."committeeCode" AS committee_code, c.year, c.amount
        FROM allocation_runs r
       CROSS JOIN LATERAL json_to_recordset(r.cells) AS c("trackCode" text, "committeeCode" text, year integer, amount bigint)
       WHERE r.cells IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW allocation_cells`);
    await q.query(`
      CREATE TABLE allocation_cells (
        run_id uuid NOT NULL REFERENCES allocation_runs (id) ON DELETE CASCADE,
        track_code text NOT NULL,
        committee_code text NOT NULL,
        year integer NOT NULL,
        amount bigint NOT NULL CHECK (amount >= 0)
      )`);
    await q.query(`CREATE INDEX allocation_cells_run_idx ON allocation_cells (run_id)`);
    await q.query(`
      INSERT INTO allocation_cells (run_id, track_code, committee_code, year, amount)
      SELECT r.id, c."trackCode", c."committeeCode", c.year, c.amount
        FROM allocation_runs r CROSS JOIN LATERAL json_to_recordset(r.cells) AS c("trackCode" text, "committeeCode" text, year integer, amount bigint)
       WHERE r.cells IS NOT NULL`);
    await q.query(`ALTER TABLE allocation_runs DROP COLUMN cells`);
  }
}
