import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An audit event may only be inserted as the next of the chain: its id is the head's seq + 1 and no
 * event has that id or a later one; and the head itself only ever moves on by one. The initial
 * migration refused UPDATE and DELETE of events, but SQLite's `INSERT OR REPLACE` deletes the old
 * row without firing DELETE triggers, so an event could be rewritten (and with the head rewound
 * first, at any id). Now the database refuses both (AuditService.append inserts the event, then
 * moves the head to it).
 */
export class AuditInsertsOnlyAtTheHead1764900000000 implements MigrationInterface {
  name = 'AuditInsertsOnlyAtTheHead1764900000000';

  async up(runner: QueryRunner): Promise<void> {
    const next = 'audit_events is append-only: an event can only be inserted as the next of the chain (id = head seq + 1)';
    const head = 'audit_chain_head only moves on: its seq grows by one, to an event that exists, and it is never deleted';
    if (runner.connection.options.type === 'postgres') {
      await runner.query(`CREATE FUNCTION audit_events_next_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.id IS DISTINCT FROM (SELECT seq + 1 FROM audit_chain_head WHERE id = 1)
             OR EXISTS (SELECT 1 FROM audit_events WHERE id >= NEW.id) THEN
            RAISE EXCEPTION '${next}';
          END IF;
          RETURN NEW;
        END $$`);
      await runner.query(`CREATE TRIGGER audit_events_insert_next_only BEFORE INSERT ON audit_events
        FOR EACH ROW EXECUTE FUNCTION audit_events_next_only()`);
      await runner.query(`CREATE FUNCTION audit_chain_head_moves_on() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP <> 'UPDATE' OR NEW.id <> OLD.id OR NEW.seq <> OLD.seq + 1
             OR NEW.hash IS DISTINCT FROM (SELECT hash FROM audit_events WHERE id = NEW.seq) THEN
            RAISE EXCEPTION '${head}';
          END IF;
          RETURN NEW;
        END $$`);
      await runner.query(`CREATE TRIGGER audit_chain_head_moves_on BEFORE UPDATE OR DELETE ON audit_chain_head
        FOR EACH ROW EXECUTE FUNCTION audit_chain_head_moves_on()`);
    } else {
      await runner.query(`CREATE TRIGGER audit_events_insert_next_only BEFORE INSERT ON audit_events
        WHEN NEW.id IS NOT (SELECT seq + 1 FROM audit_chain_head WHERE id = 1)
          OR EXISTS (SELECT 1 FROM audit_events WHERE id >= NEW.id)
        BEGIN SELECT RAISE(ABORT, '${next}'); END`);
      await runner.query(`CREATE TRIGGER audit_chain_head_moves_on BEFORE UPDATE ON audit_chain_head
        WHEN NEW.id IS NOT OLD.id OR NEW.seq IS NOT OLD.seq + 1
          OR NEW.hash IS NOT (SELECT hash FROM audit_events WHERE id = NEW.seq)
        BEGIN SELECT RAISE(ABORT, '${head}'); END`);
      await runner.query(`CREATE TRIGGER audit_chain_head_never_deleted BEFORE DELETE ON audit_chain_head
        BEGIN SELECT RAISE(ABORT, '${head}'); END`);
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    if (runner.connection.options.type === 'postgres') {
      await runner.query('DROP TRIGGER audit_chain_head_moves_on ON audit_chain_head');
      await runner.query('DROP FUNCTION audit_chain_head_moves_on()');
      await runner.query('DROP TRIGGER audit_events_insert_next_only ON audit_events');
      await runner.query('DROP FUNCTION audit_events_next_only()');
    } else {
      for (const trigger of ['audit_chain_head_never_deleted', 'audit_chain_head_moves_on', 'audit_events_insert_next_only']) {
        await runner.query(`DROP TRIGGER ${trigger}`);
      }
    }
  }
}
