import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Administrations (forvaltninger) and committees (udvalg). Codes are the keys in URLs:
 * case-sensitive Unicode (`ØU`, `ÆHU`), compared byte for byte, so `text` with the
 * database's deterministic collation is exactly right; ordering uses COLLATE "C",
 * which for UTF-8 is Unicode code point order.
 */
export class Organisation1764259200000 implements MigrationInterface {
  name = 'Organisation1764259200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE administrations (
        code text PRIMARY KEY CHECK (char_length(code) BETWEEN 1 AND 16),
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE committees (
        code text PRIMARY KEY CHECK (char_length(code) BETWEEN 1 AND 16),
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
        administration_code text NOT NULL REFERENCES administrations (code),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX committees_administration_idx ON committees (administration_code)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE committees`);
    await q.query(`DROP TABLE administrations`);
  }
}
