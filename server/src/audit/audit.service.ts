import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuditAction, FieldChanges, Resource } from '@klch/shared';
import { asStoredDeep } from '../common/validation/storable-text';
import { afterCommitIfAny } from '../database/after-commit';
import { forUpdateSql } from '../database/locks';
import { sqlPlaceholders } from '../database/raw-sql';
import { transactionTime } from '../database/transaction-time';
import { TransactionRunner } from '../database/transaction-runner';
import type { Actor } from './actor';
import { AuditChainHeadEntity } from './audit-chain-head.entity';
import { AuditEventEntity } from './audit-event.entity';
import { hashEvent } from './event-hash';
import { fieldChanges } from './field-changes';

/** The actions that change a record (not reads, sign-ins or refusals): open pages showing it refetch. */
const CHANGE_ACTIONS: ReadonlySet<AuditAction> = new Set<AuditAction>([
  'create',
  'update',
  'delete',
  'archive',
  'deactivate',
  'status_request',
  'withdraw',
  'approve',
  'reject',
  'status_change',
  'upload',
]);

/** Told of each change after its transaction commits: the resource and id, as the event names them. */
export type ChangeListener = (entityType: Resource, entityId: string | null) => void;

export interface AuditEntry {
  action: AuditAction;
  /** The resource, as the API and the permission matrix name it. */
  entityType: Resource;
  entityId: string | number | null;
  changes?: FieldChanges;
  reason?: string | null;
}

/**
 * Appends to the hash-chained audit trail. Always called with the EntityManager of the transaction
 * that makes the change (TypeORM subscribers would miss query-builder writes), so the change and its
 * event commit together or not at all.
 */
@Injectable()
export class AuditService {
  private readonly logger = new Logger(AuditService.name);
  private readonly changeListeners: ChangeListener[] = [];

  constructor(private readonly db: TransactionRunner) {}

  /**
   * Every audited change passes here, so this is where "a record changed" is known for all of them
   * (the live updates register: notifications/live-events.ts). Called after commit only.
   */
  onChange(listener: ChangeListener): void {
    this.changeListeners.push(listener);
  }

  /**
   * The event of a change to a record: the before/after of every field that differs (`before` null
   * for a creation, `after` null for a removal). The common case of `append`.
   */
  recordChange(
    manager: EntityManager,
    actor: Actor,
    change: Omit<AuditEntry, 'changes'> & { before: object | null; after: object | null },
  ): Promise<AuditEventEntity> {
    const { before, after, ...entry } = change;
    return this.append(manager, actor, { ...entry, changes: fieldChanges(before, after) });
  }

  /**
   * One `access_denied` event for a refused request (403), in a transaction of its own since the
   * refused work itself rolled back. If it cannot be written the caller is refused all the same and
   * the failure is logged: a refusal never turns into a 500.
   */
  async recordRefusal(actor: Actor, entityType: Resource, entityId: string | number | null, reason: string): Promise<void> {
    try {
      await this.db.write((manager) => this.append(manager, actor, { action: 'access_denied', entityType, entityId, reason }));
    } catch (error) {
      this.logger.error({ err: error, requestId: actor.requestId }, 'Could not record a refused access in the audit trail');
    }
  }

  async append(manager: EntityManager, actor: Actor, entry: AuditEntry): Promise<AuditEventEntity> {
    const head = await this.lockHead(manager);
    // Stored as hashed: text no database keeps as sent is made storable first (the API refuses it anyway).
    const event: Omit<AuditEventEntity, 'hash'> = asStoredDeep({
      id: head.seq + 1,
      at: transactionTime(manager),
      actorId: actor.id,
      actorName: actor.name,
      actorRole: actor.role,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId === null ? null : String(entry.entityId),
      changes: entry.changes ?? {},
      reason: entry.reason ?? null,
      requestId: actor.requestId,
      prevHash: head.hash,
    });
    const hash = hashEvent(event);
    const saved = manager.create(AuditEventEntity, { ...event, hash });
    // Hand-written with bound parameters: every write appends here, and TypeORM's SQLite driver writes
    // numbers into the SQL text, so each event's INSERT was a new statement to prepare. `changes` is
    // stored as its simple-json column stores it.
    const values = sqlPlaceholders(manager, 13);
    await manager.query(
      `INSERT INTO audit_events (id, at, actor_id, actor_name, actor_role, action, entity_type, entity_id, changes, reason, request_id, prev_hash, hash)
       VALUES (${values.join(', ')})`,
      [
        event.id,
        event.at,
        event.actorId,
        event.actorName,
        event.actorRole,
        event.action,
        event.entityType,
        event.entityId,
        JSON.stringify(event.changes),
        event.reason,
        event.requestId,
        event.prevHash,
        hash,
      ],
    );
    const [seq, newHash] = sqlPlaceholders(manager, 2);
    await manager.query(`UPDATE audit_chain_head SET seq = ${seq}, hash = ${newHash} WHERE id = 1`, [event.id, hash]);
    if (this.changeListeners.length && CHANGE_ACTIONS.has(entry.action)) {
      afterCommitIfAny(manager, () => this.changeListeners.forEach((listener) => listener(entry.entityType, event.entityId)));
    }
    return saved;
  }

  /** The head row, locked until the transaction ends (see database/locks.ts): appenders go one at a time. */
  private async lockHead(manager: EntityManager): Promise<Pick<AuditChainHeadEntity, 'seq' | 'hash'>> {
    const [head]: Array<{ seq: number | string; hash: string }> = await manager.query(
      `SELECT seq, hash FROM audit_chain_head WHERE id = 1${forUpdateSql(manager)}`,
    );
    if (!head) throw new Error('audit_chain_head is missing: the database was not migrated');
    return { seq: Number(head.seq), hash: head.hash };
  }
}
