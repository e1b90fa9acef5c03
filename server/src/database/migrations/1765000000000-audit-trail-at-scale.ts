import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit trail at a million events and more:
 *
 * - `audit_event_counts`: the number of events per (entity_type, action), kept by a trigger on every
 *   insert and started from the events already stored. The audit log's total for no filter or for
 *   entity type / action filters is a sum of a few of its rows instead of a count of every matching
 *   event on each page (AuditEventsService). Events are insert-only (the initial migration refuses
 *   UPDATE and DELETE), so an insert is the only change to follow. On PostgreSQL every appender holds
 *   the chain head's row lock (AuditService.append) when it inserts, so the count row is locked
 *   second, always after the head: no new waits, and no new lock order.
 *
 * - Indexes that end in `id`, so each filter of the audit log reads its newest page straight from an
 *   index in `ORDER BY id DESC` order instead of sorting every matching event: entity type (the log
 *   filtered by resource), entity type and id (a record's Audit tab), actor, action, and time (sorted
 *   by `at`, the tie-breaker `id` in the same direction). The old two-column indexes are their prefixes.
 *
 * - The "only at the head" insert check no longer looks for an event at or after the new id with
 *   `id >= NEW.id`: PostgreSQL caches a plan of a trigger's query per connection and after five runs
 *   may switch to a generic plan that reads the table from its start for it (190 ms per append at a
 *   million events). `MAX(id)` is answered from the end of the primary key whatever the plan.
 */
export class AuditTrailAtScale1765000000000 implements MigrationInterface {
  name = 'AuditTrailAtScale1765000000000';

  async up(runner: QueryRunner): Promise<void> {
    const pg = runner.connection.options.type === 'postgres';
    await runner.query(`CREATE TABLE audit_event_counts (
      entity_type VARCHAR(40) NOT NULL,
      action VARCHAR(64) NOT NULL,
      n ${pg ? 'BIGINT' : 'INTEGER'} NOT NULL,
      PRIMARY KEY (entity_type, action)
    )`);
    if (pg) {
      // Counted under a lock that appenders wait for (AuditService.append locks the head row first), so
      // no event commits between the count and the trigger that counts from then on.
      await runner.query('SELECT 1 FROM audit_chain_head WHERE id = 1 FOR UPDATE');
      await runner.query(`CREATE FUNCTION audit_event_counts_add() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO audit_event_counts (entity_type, action, n) VALUES (NEW.entity_type, NEW.action, 1)
            ON CONFLICT (entity_type, action) DO UPDATE SET n = audit_event_counts.n + 1;
          RETURN NULL;
        END $$`);
      await runner.query(`CREATE TRIGGER audit_event_counts_add AFTER INSERT ON audit_events
        FOR EACH ROW EXECUTE FUNCTION audit_event_counts_add()`);
    } else {
      await runner.query(`CREATE TRIGGER audit_event_counts_add AFTER INSERT ON audit_events
        BEGIN
          INSERT INTO audit_event_counts (entity_type, action, n) VALUES (NEW.entity_type, NEW.action, 1)
            ON CONFLICT (entity_type, action) DO UPDATE SET n = n + 1;
        END`);
    }
    await runner.query(`INSERT INTO audit_event_counts (entity_type, action, n)
      SELECT entity_type, action, COUNT(*) FROM audit_events GROUP BY entity_type, action`);

    await runner.query('CREATE INDEX audit_events_type_id ON audit_events (entity_type, id)');
    await runner.query('CREATE INDEX audit_events_entity_id ON audit_events (entity_type, entity_id, id)');
    await runner.query('DROP INDEX audit_events_entity');
    await runner.query('CREATE INDEX audit_events_actor_id ON audit_events (actor_id, id)');
    await runner.query('DROP INDEX audit_events_actor');
    await runner.query('CREATE INDEX audit_events_action_id ON audit_events (action, id)');
    await runner.query('CREATE INDEX audit_events_at_id ON audit_events (at, id)');
    await runner.query('DROP INDEX audit_events_at');

    if (pg) {
      await runner.query(`CREATE OR REPLACE FUNCTION audit_events_next_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.id IS DISTINCT FROM (SELECT seq + 1 FROM audit_chain_head WHERE id = 1)
             OR COALESCE((SELECT MAX(id) FROM audit_events), 0) >= NEW.id THEN
            RAISE EXCEPTION 'audit_events is append-only: an event can only be inserted as the next of the chain (id = head seq + 1)';
          END IF;
          RETURN NEW;
        END $$`);
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    const pg = runner.connection.options.type === 'postgres';
    if (pg) {
      await runner.query(`CREATE OR REPLACE FUNCTION audit_events_next_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.id IS DISTINCT FROM (SELECT seq + 1 FROM audit_chain_head WHERE id = 1)
             OR EXISTS (SELECT 1 FROM audit_events WHERE id >= NEW.id) THEN
            RAISE EXCEPTION 'audit_events is append-only: an event can only be inserted as the next of the chain (id = head seq + 1)';
          END IF;
          RETURN NEW;
        END $$`);
    }
    await runner.query('CREATE INDEX audit_events_at ON audit_events (at)');
    await runner.query('CREATE INDEX audit_events_actor ON audit_events (actor_id)');
    await runner.query('CREATE INDEX audit_events_entity ON audit_events (entity_type, entity_id)');
    for (const index of ['audit_events_at_id', 'audit_events_action_id', 'audit_events_actor_id', 'audit_events_entity_id', 'audit_events_type_id']) {
      await runner.query(`DROP INDEX ${index}`);
    }
    await runner.query(pg ? 'DROP TRIGGER audit_event_counts_add ON audit_events' : 'DROP TRIGGER audit_event_counts_add');
    if (pg) await runner.query('DROP FUNCTION audit_event_counts_add()');
    await runner.query('DROP TABLE audit_event_counts');
  }
}
