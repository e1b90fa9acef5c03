import type { AuditEventView, AuditNames } from '@klch/shared';

/** The fields a record is known by, in the order a person would name it by. */
const NAME_FIELDS = ['title', 'name', 'fullName', 'fileName'] as const;

/**
 * What a person calls record `resource` `id` in this event: the server's name for it, else (a
 * record since deleted) the name the event itself recorded for its own record, before or after.
 */
export function recordName(
  event: Pick<AuditEventView, 'entityType' | 'entityId' | 'changes'> & { names?: AuditNames },
  resource: string,
  id: unknown,
): string | null {
  if (id === null || id === undefined || id === '') return null;
  const known = event.names?.[`${resource}:${String(id)}`];
  if (known) return known;
  if (resource !== event.entityType || String(id) !== event.entityId) return null;
  const changes = event.changes && typeof event.changes === 'object' ? (event.changes as Record<string, unknown>) : {};
  for (const field of NAME_FIELDS) {
    const pair = changes[field];
    if (!Array.isArray(pair)) continue;
    const value = pair[0] ?? pair[1];
    if (typeof value === 'string' && value) return value;
  }
  return null;
}
