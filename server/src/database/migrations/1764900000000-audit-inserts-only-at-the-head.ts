import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An audit event may only be inserted as the next of the chain: its id is the head's seq + 1.
 * The initial migration refused UPDATE and DELETE, but SQLite's `INSERT OR REPLACE` deletes the
 * old row without firing DELETE triggers, and PostgreSQL's `INSERT … ON CONFLICT DO UPDATE` is an
 * insert first: both could rewrite an event. Every such insert names an id at or below the head,
 * so the database refuses it here (AuditService.append inserts the event before it moves the head).
 */
export class AuditInsertsOnlyAtTheHead1764900000000 implements MigrationInterface {
  name = 'AuditInsertsOnlyAtTheHead1764900000000';

  async up(runner: QueryRunner): Promise<void> {
    const message = 'audit_events is append-only: an event can only be inserted as the next of the chain (id = head seq + 1)';
    if (runner.connection.options.type === 'postgres') {
      await runner.query(`CREATE FUNCTION audit_events_next_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.id IS DISTINCT FROM (SELECT seq + 1 FROM audit_chain_head WHERE id = 1) THEN
            RAISE EXCEPTION '${message}';
          END IF;
          RETURN NEW;
        END $$`);
      await runner.query(`CREATE TRIGGER audit_events_insert_next_only BEFORE INSERT ON audit_events
        FOR EACH ROW EXECUTE FUNCTION audit_events_next_only()`);
    } else {
      await runner.query(`CREATE TRIGGER audit_events_insert_next_only BEFORE INSERT ON audit_events
        WHEN NEW.id IS NOT (SELECT seq + 1 FROM audit_chain_head WHERE id = 1)
        BEGIN SELECT RAISE(ABORT, '${message}'); END`);
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TRIGGER audit_events_insert_next_only' + (runner.connection.options.type === 'postgres' ? ' ON audit_events' : ''));
    if (runner.connection.options.type === 'postgres') await runner.query('DROP FUNCTION audit_events_next_only()');
  }
}
