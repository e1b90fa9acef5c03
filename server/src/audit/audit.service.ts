import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { nowIso } from '../database/timestamps';
import { TransactionRunner } from '../database/transaction-runner';
import type { Actor } from './actor';
import { AuditChainHeadEntity } from './audit-chain-head.entity';
import { AuditEventEntity, type FieldChanges } from './audit-event.entity';
import { canonicalJson } from './canonical-json';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string | number | null;
  changes?: FieldChanges;
  reason?: string | null;
}

/** The fields a hash covers: everything of the event but the hash itself. */
export function hashedContent(event: Omit<AuditEventEntity, 'hash'>): Record<string, unknown> {
  return {
    seq: event.id,
    at: event.at,
    actorId: event.actorId,
    actorName: event.actorName,
    actorRole: event.actorRole,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    changes: event.changes,
    reason: event.reason,
    requestId: event.requestId,
    prevHash: event.prevHash,
  };
}

export function eventHash(prevHash: string, content: Record<string, unknown>): string {
  return createHash('sha256').update(prevHash).update(canonicalJson(content)).digest('hex');
}

/**
 * Appends to the hash-chained audit trail. Always called with the EntityManager of the transaction
 * that makes the change (TypeORM subscribers would miss query-builder writes), so the change and its
 * event commit together or not at all.
 */
@Injectable()
export class AuditService {
  private readonly logger = new Logger(AuditService.name);

  constructor(private readonly db: TransactionRunner) {}

  /**
   * One `access_denied` event for a refused request (403), in a transaction of its own since the
   * refused work itself rolled back. If it cannot be written the caller is refused all the same and
   * the failure is logged: a refusal never turns into a 500.
   */
  async recordRefusal(actor: Actor, entityType: string, entityId: string | number | null, reason: string): Promise<void> {
    try {
      await this.db.write((manager) => this.append(manager, actor, { action: 'access_denied', entityType, entityId, reason }));
    } catch (error) {
      this.logger.error({ err: error, requestId: actor.requestId }, 'Could not record a refused access in the audit trail');
    }
  }

  async append(manager: EntityManager, actor: Actor, entry: AuditEntry): Promise<AuditEventEntity> {
    const head = await this.lockHead(manager);
    const event: Omit<AuditEventEntity, 'hash'> = {
      id: head.seq + 1,
      at: nowIso(),
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
    };
    const hash = eventHash(head.hash, hashedContent(event));
    const saved = manager.create(AuditEventEntity, { ...event, hash });
    // The cast: TypeORM's insert typing cannot express the [before, after] tuples of `changes`.
    await manager.insert(AuditEventEntity, saved as never);
    await manager.update(AuditChainHeadEntity, { id: 1 }, { seq: event.id, hash });
    return saved;
  }

  /** PostgreSQL: a row lock serializes appenders. SQLite: the write queue already has. */
  private async lockHead(manager: EntityManager): Promise<AuditChainHeadEntity> {
    const query = manager.getRepository(AuditChainHeadEntity).createQueryBuilder('head').where('head.id = 1');
    if (manager.connection.options.type === 'postgres') query.setLock('pessimistic_write');
    const head = await query.getOne();
    if (!head) throw new Error('audit_chain_head is missing: the database was not migrated');
    return head;
  }
}
