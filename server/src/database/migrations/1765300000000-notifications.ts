import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications, their email, and the reminders job:
 * - `notifications`: one row per person told something (a request decided, a reminder). Listed per
 *   user, newest first; the unread ones counted for the bell (a partial index holds only those).
 * - `notification_preferences`: the kinds a user also wants by email (no row: every kind).
 * - `mail_outbox`: each email to send, written in the transaction of the change that caused it and
 *   delivered after commit by the deliverer, retried until sent or given up on (never lost silently).
 *   `claimed_until` is a short lease, so of several instances one sends each email.
 * - `reminders_sent`: every reminder sent, once per record, threshold and person (the unique key is
 *   what stops a reminder going out twice, on any instance).
 * - `job_runs`: one row per job and day; its primary key lets one instance in a cluster run the
 *   daily reminders and the others see it done.
 */
export class Notifications1765300000000 implements MigrationInterface {
  name = 'Notifications1765300000000';

  async up(runner: QueryRunner): Promise<void> {
    const pg = runner.connection.options.type === 'postgres';
    const id = pg ? 'SERIAL PRIMARY KEY' : 'INTEGER PRIMARY KEY AUTOINCREMENT';
    const ts = 'VARCHAR(24)';

    await runner.query(`CREATE TABLE notifications (
      id ${id},
      user_id INTEGER NOT NULL REFERENCES users(id),
      kind VARCHAR(40) NOT NULL,
      entity_type VARCHAR(40) NOT NULL,
      entity_id INTEGER NOT NULL,
      partnership_id INTEGER NOT NULL REFERENCES partnerships(id),
      params TEXT NOT NULL,
      created_at ${ts} NOT NULL,
      read_at ${ts}
    )`);
    await runner.query('CREATE INDEX notifications_user ON notifications (user_id, id)');
    await runner.query('CREATE INDEX notifications_user_unread ON notifications (user_id) WHERE read_at IS NULL');

    await runner.query(`CREATE TABLE notification_preferences (
      user_id INTEGER PRIMARY KEY REFERENCES users(id),
      email_kinds TEXT NOT NULL,
      updated_at ${ts} NOT NULL
    )`);

    await runner.query(`CREATE TABLE mail_outbox (
      id ${id},
      notification_id INTEGER REFERENCES notifications(id),
      to_address VARCHAR(254) NOT NULL,
      language VARCHAR(2) NOT NULL,
      subject VARCHAR(300) NOT NULL,
      text_body TEXT NOT NULL,
      html_body TEXT NOT NULL,
      created_at ${ts} NOT NULL,
      attempts INTEGER NOT NULL DEFAULT 0,
      next_attempt_at ${ts} NOT NULL,
      claimed_until ${ts},
      sent_at ${ts},
      failed_at ${ts},
      last_error VARCHAR(1000)
    )`);
    await runner.query('CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL');

    await runner.query(`CREATE TABLE reminders_sent (
      id ${id},
      kind VARCHAR(40) NOT NULL,
      entity_id INTEGER NOT NULL,
      threshold VARCHAR(40) NOT NULL,
      user_id INTEGER NOT NULL REFERENCES users(id),
      notification_id INTEGER REFERENCES notifications(id),
      sent_at ${ts} NOT NULL
    )`);
    await runner.query('CREATE UNIQUE INDEX reminders_sent_once ON reminders_sent (kind, entity_id, threshold, user_id)');

    await runner.query(`CREATE TABLE job_runs (
      job VARCHAR(40) NOT NULL,
      day VARCHAR(10) NOT NULL,
      started_at ${ts} NOT NULL,
      instance VARCHAR(100) NOT NULL,
      PRIMARY KEY (job, day)
    )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['job_runs', 'reminders_sent', 'mail_outbox', 'notification_preferences', 'notifications'])
      await runner.query(`DROP TABLE ${table}`);
  }
}
