import { createHash } from 'node:crypto';
import type { AuditEventEntity } from './audit-event.entity';
import { canonicalJson } from './canonical-json';

/** The previous hash of the first event: 64 zeros. */
export const GENESIS_HASH = '0'.repeat(64);

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

/** `SHA-256(previous hash ‖ canonical JSON of the event)`, hex. */
export function eventHash(prevHash: string, content: Record<string, unknown>): string {
  return createHash('sha256').update(prevHash).update(canonicalJson(content)).digest('hex');
}
