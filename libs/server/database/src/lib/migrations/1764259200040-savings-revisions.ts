import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A revision number per budget year that moves whenever any of its savings rows changes, by
 * whatever writes them (a PATCH, an import, a follow-up round, a recompute, or SQL by hand):
 * statement triggers bump it in the writing transaction. Readers may cache a result computed
 * from a year's savings for as long as the number stays the same (RealisationService).
 */
export class SavingsRevisions1764259200040 implements MigrationInterface {
  name = 'SavingsRevisions1764259200040';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE savings_revisions (
        budget_year integer PRIMARY KEY REFERENCES budget_years (year),
        revision bigint NOT NULL
      )`);
    await q.query(`
      CREATE FUNCTION bump_savings_revision() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO savings_revisions (budget_year, revision)
          SELECT DISTINCT budget_year, 1 FROM changed_savings
          ON CONFLICT (budget_year) DO UPDATE SET revision = savings_revisions.revision + 1;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER savings_revision_insert AFTER INSERT ON savings REFERENCING NEW TABLE AS changed_savings FOR EACH STATEMENT EXECUTE FUNCTION bump_savings_revision()`);
    await q.query(`CREATE TRIGGER savings_revision_update AFTER UPDATE ON savings REFERENCING NEW TABLE AS changed_savings FOR EACH STATEMENT EXECUTE FUNCTION bump_savings_revision()`);
    await q.query(`CREATE TRIGGER savings_revision_delete AFTER DELETE ON savings REFERENCING OLD TABLE AS changed_savings FOR EACH STATEMENT EXECUTE FUNCTION bump_savings_revision()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER savings_revision_delete ON savings`);
    await q.query(`DROP TRIGGER savings_revision_update ON savings`);
    await q.query(`DROP TRIGGER savings_revision_insert ON savings`);
    await q.query(`DROP FUNCTION bump_savings_revision()`);
    await q.query(`DROP TABLE savings_revisions`);
  }
}
