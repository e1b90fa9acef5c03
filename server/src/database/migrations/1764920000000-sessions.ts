import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions one by one, and the separation of duties:
 * - `sessions`: one row per sign-in. Its id travels in the token, and a token is accepted only
 *   while its row is there, so ending one session (or all of them) takes effect on the next
 *   request, on every server instance sharing the database.
 * - `users.ever_admin`: set once an account holds the admin role and never cleared. Such an account
 *   never decides status-change requests, whatever its role later becomes. Accounts that were
 *   admins before this migration are found in the audit trail (a creation or a role change to or
 *   from admin), besides those that are admins now.
 */
export class Sessions1764920000000 implements MigrationInterface {
  name = 'Sessions1764920000000';

  async up(runner: QueryRunner): Promise<void> {
    const pg = runner.connection.options.type === 'postgres';
    const id = pg ? 'SERIAL PRIMARY KEY' : 'INTEGER PRIMARY KEY AUTOINCREMENT';
    const ts = 'VARCHAR(24)';

    await runner.query(`CREATE TABLE sessions (
      id ${id},
      user_id INTEGER NOT NULL REFERENCES users(id),
      token_version INTEGER NOT NULL,
      device VARCHAR(100) NOT NULL,
      user_agent VARCHAR(500),
      ip VARCHAR(64),
      created_at ${ts} NOT NULL,
      last_seen_at ${ts} NOT NULL,
      expires_at ${ts} NOT NULL
    )`);
    await runner.query(`CREATE INDEX sessions_user ON sessions (user_id)`);
    await runner.query(`CREATE INDEX sessions_expires_at ON sessions (expires_at)`);

    await runner.query(`ALTER TABLE users ADD COLUMN ever_admin BOOLEAN NOT NULL DEFAULT ${pg ? 'FALSE' : '0'}`);
    await markFormerAdmins(runner);
  }

  async down(): Promise<void> {
    throw new Error('This migration is not reversible: restore from a backup instead.');
  }
}

/**
 * Sets `ever_admin` on the accounts that are admins now or ever were, by the audit trail: a creation
 * with the admin role or a role change to or from it. The trail's `changes` is JSON text without
 * spaces, e.g. `"role":["officer","admin"]`; each pattern names the role pair exactly, so an
 * account merely named "admin" (a username or full name) does not match.
 */
export async function markFormerAdmins(runner: QueryRunner): Promise<void> {
  const pg = runner.connection.options.type === 'postgres';
  const patterns = [`%"role":["admin",%`, ...['null', '"officer"', '"manager"', '"auditor"'].map((from) => `%"role":[${from},"admin"]%`)];
  const placeholder = (i: number) => (pg ? `$${i + 1}` : '?');
  await runner.query(
    `UPDATE users SET ever_admin = ${pg ? 'TRUE' : '1'} WHERE role = 'admin' OR CAST(id AS VARCHAR(64)) IN (
      SELECT entity_id FROM audit_events WHERE entity_type = 'users' AND (${patterns.map((_, i) => `changes LIKE ${placeholder(i)}`).join(' OR ')})
    )`,
    patterns,
  );
}
