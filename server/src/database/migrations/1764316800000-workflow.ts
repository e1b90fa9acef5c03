import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The approval workflow and what hangs off a partnership: status-change requests, the status history
 * they write, milestones and documents. At most one pending request per partnership is enforced by
 * the database (a partial unique index), not only by the app.
 */
export class Workflow1764316800000 implements MigrationInterface {
  name = 'Workflow1764316800000';

  async up(runner: QueryRunner): Promise<void> {
    const pg = runner.connection.options.type === 'postgres';
    const id = pg ? 'SERIAL PRIMARY KEY' : 'INTEGER PRIMARY KEY AUTOINCREMENT';
    const ts = 'VARCHAR(24)';

    await runner.query(`CREATE TABLE status_requests (
      id ${id},
      partnership_id INTEGER NOT NULL REFERENCES partnerships(id),
      from_status VARCHAR(24) NOT NULL,
      to_status VARCHAR(24) NOT NULL,
      reason TEXT,
      effective_date DATE,
      signed_on DATE,
      next_review_on DATE,
      state VARCHAR(16) NOT NULL CHECK (state IN ('pending','approved','rejected','withdrawn')),
      base_version INTEGER NOT NULL,
      requested_by_id INTEGER NOT NULL REFERENCES users(id),
      requested_at ${ts} NOT NULL,
      decided_by_id INTEGER REFERENCES users(id),
      decided_at ${ts},
      comment TEXT,
      CHECK (decided_by_id IS NULL OR decided_by_id <> requested_by_id)
    )`);
    await runner.query(`CREATE UNIQUE INDEX status_requests_one_pending ON status_requests (partnership_id) WHERE state = 'pending'`);
    await runner.query(`CREATE INDEX status_requests_state ON status_requests (state, requested_at)`);

    await runner.query(`CREATE TABLE partnership_status_history (
      id ${id},
      partnership_id INTEGER NOT NULL REFERENCES partnerships(id),
      from_status VARCHAR(24),
      to_status VARCHAR(24) NOT NULL,
      reason TEXT,
      effective_date DATE,
      request_id INTEGER REFERENCES status_requests(id),
      requested_by_id INTEGER REFERENCES users(id),
      requested_at ${ts},
      decided_by_id INTEGER REFERENCES users(id),
      decided_at ${ts} NOT NULL,
      comment TEXT
    )`);
    await runner.query(`CREATE INDEX partnership_status_history_partnership ON partnership_status_history (partnership_id, decided_at)`);
    // Partnerships that exist already start their history with the status they have now.
    await runner.query(`INSERT INTO partnership_status_history (partnership_id, from_status, to_status, reason, decided_by_id, decided_at)
      SELECT id, NULL, status, status_reason, created_by_id, created_at FROM partnerships`);

    await runner.query(`CREATE TABLE milestones (
      id ${id},
      partnership_id INTEGER NOT NULL REFERENCES partnerships(id),
      title VARCHAR(300) NOT NULL,
      kind VARCHAR(24) NOT NULL,
      due_on DATE,
      completed_on DATE,
      status VARCHAR(16) NOT NULL CHECK (status IN ('planned','in_progress','done','cancelled')),
      owner_id INTEGER REFERENCES users(id),
      notes TEXT,
      completed_by_id INTEGER REFERENCES users(id),
      completed_at ${ts},
      version INTEGER NOT NULL DEFAULT 1,
      created_at ${ts} NOT NULL,
      updated_at ${ts} NOT NULL,
      created_by_id INTEGER REFERENCES users(id),
      updated_by_id INTEGER REFERENCES users(id)
    )`);
    await runner.query(`CREATE INDEX milestones_partnership ON milestones (partnership_id)`);
    await runner.query(`CREATE INDEX milestones_due_on ON milestones (due_on)`);

    await runner.query(`CREATE TABLE documents (
      id ${id},
      partnership_id INTEGER NOT NULL REFERENCES partnerships(id),
      category VARCHAR(32) NOT NULL,
      file_name VARCHAR(255) NOT NULL,
      content_type VARCHAR(100) NOT NULL,
      size INTEGER NOT NULL CHECK (size > 0),
      sha256 VARCHAR(64) NOT NULL,
      uploaded_by_id INTEGER NOT NULL REFERENCES users(id),
      uploaded_at ${ts} NOT NULL
    )`);
    await runner.query(`CREATE INDEX documents_partnership ON documents (partnership_id)`);
  }

  async down(): Promise<void> {
    throw new Error('This migration is not reversible: restore from a backup instead.');
  }
}
