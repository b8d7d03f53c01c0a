import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Faster recomputes at scale (see bench/RESULTS.md, "change → visible"):
 * - savings rows are updated in place by every recompute; free room on each page lets
 *   PostgreSQL do that as heap-only updates, without touching the indexes;
 * - a run's cells are written once and read by run only, so an index on the run id serves
 *   every query; the four-column text key cost more to maintain than it protected (the
 *   runner writes a run's cells once, under the budget year's lock).
 */
export class AllocationSpeed1764259200006 implements MigrationInterface {
  name = 'AllocationSpeed1764259200006';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE savings SET (fillfactor = 70)`);
    await q.query(`ALTER TABLE allocation_cells DROP CONSTRAINT allocation_cells_pkey`);
    await q.query(`CREATE INDEX allocation_cells_run_idx ON allocation_cells (run_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX allocation_cells_run_idx`);
    await q.query(`ALTER TABLE allocation_cells ADD PRIMARY KEY (run_id, track_code, committee_code, year)`);
    await q.query(`ALTER TABLE savings RESET (fillfactor)`);
  }
}
