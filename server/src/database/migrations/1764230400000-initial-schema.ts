import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The first schema: users, organisations, partnerships with their parties and SDG targets, the SDG
 * reference list, code sequences, and the append-only audit trail. Written as SQL for both databases
 * so what runs in production is exactly what the tests run.
 */
export class InitialSchema1764230400000 implements MigrationInterface {
  name = 'InitialSchema1764230400000';

  async up(runner: QueryRunner): Promise<void> {
    const pg = runner.connection.options.type === 'postgres';
    const id = pg ? 'SERIAL PRIMARY KEY' : 'INTEGER PRIMARY KEY AUTOINCREMENT';
    const bool = 'BOOLEAN';
    const falsy = pg ? 'FALSE' : '0';
    const truthy = pg ? 'TRUE' : '1';
    const ts = 'VARCHAR(24)';

    await runner.query(`CREATE TABLE users (
      id ${id},
      username VARCHAR(64) NOT NULL UNIQUE,
      full_name VARCHAR(200) NOT NULL,
      email VARCHAR(254),
      role VARCHAR(16) NOT NULL CHECK (role IN ('officer','manager','auditor','admin')),
      active ${bool} NOT NULL DEFAULT ${truthy},
      language VARCHAR(2) NOT NULL DEFAULT 'en' CHECK (language IN ('en','ms')),
      password_hash VARCHAR(255) NOT NULL,
      token_version INTEGER NOT NULL DEFAULT 1,
      last_login_at ${ts},
      version INTEGER NOT NULL DEFAULT 1,
      created_at ${ts} NOT NULL,
      updated_at ${ts} NOT NULL,
      updated_by_id INTEGER REFERENCES users(id)
    )`);

    await runner.query(`CREATE TABLE login_throttle (
      username VARCHAR(64) PRIMARY KEY,
      failures INTEGER NOT NULL DEFAULT 0,
      first_failure_at ${ts} NOT NULL,
      locked_until ${ts}
    )`);

    await runner.query(`CREATE TABLE organisations (
      id ${id},
      name VARCHAR(300) NOT NULL,
      aliases TEXT NOT NULL,
      type VARCHAR(40) NOT NULL,
      country VARCHAR(2) NOT NULL,
      city VARCHAR(200),
      parent_id INTEGER REFERENCES organisations(id) ON DELETE RESTRICT,
      website VARCHAR(500),
      notes TEXT,
      is_demo_data ${bool} NOT NULL DEFAULT ${falsy},
      version INTEGER NOT NULL DEFAULT 1,
      created_at ${ts} NOT NULL,
      updated_at ${ts} NOT NULL,
      created_by_id INTEGER REFERENCES users(id),
      updated_by_id INTEGER REFERENCES users(id)
    )`);
    await runner.query(`CREATE INDEX organisations_country ON organisations (country)`);
    await runner.query(`CREATE INDEX organisations_parent ON organisations (parent_id)`);

    await runner.query(`CREATE TABLE sdg_targets (
      code VARCHAR(8) PRIMARY KEY,
      goal INTEGER NOT NULL CHECK (goal BETWEEN 1 AND 17),
      title TEXT NOT NULL,
      position INTEGER NOT NULL
    )`);

    await runner.query(`CREATE TABLE code_sequences (
      scope VARCHAR(32) PRIMARY KEY,
      last_value INTEGER NOT NULL
    )`);

    await runner.query(`CREATE TABLE partnerships (
      id ${id},
      code VARCHAR(32) NOT NULL UNIQUE,
      title VARCHAR(500) NOT NULL,
      title_ms VARCHAR(500),
      summary TEXT,
      category VARCHAR(40) NOT NULL,
      instrument VARCHAR(40) NOT NULL,
      status VARCHAR(24) NOT NULL,
      status_reason TEXT,
      themes TEXT NOT NULL,
      alignment TEXT NOT NULL,
      lead_department VARCHAR(200),
      owner_id INTEGER REFERENCES users(id),
      proposed_on DATE,
      signed_on DATE,
      effective_from DATE,
      expires_on DATE,
      next_review_on DATE,
      is_demo_data ${bool} NOT NULL DEFAULT ${falsy},
      demo_note TEXT,
      archived_at ${ts},
      version INTEGER NOT NULL DEFAULT 1,
      created_at ${ts} NOT NULL,
      updated_at ${ts} NOT NULL,
      created_by_id INTEGER REFERENCES users(id),
      updated_by_id INTEGER REFERENCES users(id)
    )`);
    await runner.query(`CREATE INDEX partnerships_status ON partnerships (status)`);
    await runner.query(`CREATE INDEX partnerships_expires_on ON partnerships (expires_on)`);

    await runner.query(`CREATE TABLE partnership_parties (
      partnership_id INTEGER NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
      organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT,
      role VARCHAR(24) NOT NULL,
      position INTEGER NOT NULL,
      PRIMARY KEY (partnership_id, organisation_id, role)
    )`);
    await runner.query(`CREATE INDEX partnership_parties_organisation ON partnership_parties (organisation_id)`);

    await runner.query(`CREATE TABLE partnership_sdg_targets (
      partnership_id INTEGER NOT NULL REFERENCES partnerships(id) ON DELETE CASCADE,
      target_code VARCHAR(8) NOT NULL REFERENCES sdg_targets(code),
      PRIMARY KEY (partnership_id, target_code)
    )`);
    await runner.query(`CREATE INDEX partnership_sdg_targets_code ON partnership_sdg_targets (target_code)`);

    await runner.query(`CREATE TABLE audit_events (
      id INTEGER PRIMARY KEY,
      at ${ts} NOT NULL,
      actor_id INTEGER,
      actor_name VARCHAR(200),
      actor_role VARCHAR(16),
      action VARCHAR(64) NOT NULL,
      entity_type VARCHAR(40) NOT NULL,
      entity_id VARCHAR(64),
      changes TEXT NOT NULL,
      reason TEXT,
      request_id VARCHAR(64),
      prev_hash VARCHAR(64) NOT NULL,
      hash VARCHAR(64) NOT NULL
    )`);
    await runner.query(`CREATE INDEX audit_events_entity ON audit_events (entity_type, entity_id)`);
    await runner.query(`CREATE INDEX audit_events_at ON audit_events (at)`);
    await runner.query(`CREATE INDEX audit_events_actor ON audit_events (actor_id)`);

    await runner.query(`CREATE TABLE audit_chain_head (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      seq INTEGER NOT NULL,
      hash VARCHAR(64) NOT NULL
    )`);
    await runner.query(`INSERT INTO audit_chain_head (id, seq, hash) VALUES (1, 0, '${'0'.repeat(64)}')`);

    // The audit trail is append-only at the database level, not just in the app's code.
    if (pg) {
      await runner.query(`CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP; END $$`);
      await runner.query(`CREATE TRIGGER audit_events_no_update_delete BEFORE UPDATE OR DELETE ON audit_events
        FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`);
      await runner.query(`CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
        FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()`);
    } else {
      await runner.query(`CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
        BEGIN SELECT RAISE(ABORT, 'audit_events is append-only: UPDATE is not allowed'); END`);
      await runner.query(`CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
        BEGIN SELECT RAISE(ABORT, 'audit_events is append-only: DELETE is not allowed'); END`);
    }
  }

  async down(): Promise<void> {
    throw new Error('The initial schema is not reversible: restore from a backup instead.');
  }
}
