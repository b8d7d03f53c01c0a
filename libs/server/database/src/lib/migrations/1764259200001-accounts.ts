import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Users, their committee memberships and server-side sessions. A session row holds only
 * the SHA-256 of the token, so a database dump cannot be replayed as logins; deleting
 * the rows (logout, password change, deactivation) ends the sessions at once.
 */
export class Accounts1764259200001 implements MigrationInterface {
  name = 'Accounts1764259200001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (char_length(email) BETWEEN 3 AND 254),
        name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
        role text NOT NULL CHECK (role IN ('admin', 'finance', 'committee', 'director')),
        password_hash text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX users_email_key ON users (lower(email))`);
    await q.query(`
      CREATE TABLE user_committees (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        committee_code text NOT NULL REFERENCES committees (code),
        PRIMARY KEY (user_id, committee_code)
      )`);
    await q.query(`
      CREATE TABLE sessions (
        token_hash bytea PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX sessions_user_idx ON sessions (user_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE sessions`);
    await q.query(`DROP TABLE user_committees`);
    await q.query(`DROP TABLE users`);
  }
}
