import type { FieldChanges } from '@klch/shared';

/**
 * The before/after of every field that differs between two snapshots of a record (deep comparison,
 * so arrays of parties or SDG targets count as changed only when their content changed).
 * A creation is `before = null`; a removal is `after = null`.
 */
export function fieldChanges(
  before: object | null,
  after: object | null,
  ignore: readonly string[] = ['version', 'createdAt', 'updatedAt', 'createdById', 'updatedById'],
): FieldChanges {
  const changes: FieldChanges = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    if (ignore.includes(key)) continue;
    const was = before ? ((before as Record<string, unknown>)[key] ?? null) : null;
    const now = after ? ((after as Record<string, unknown>)[key] ?? null) : null;
    if (JSON.stringify(was) !== JSON.stringify(now)) changes[key] = [was, now];
  }
  return changes;
}

/**
 * Would applying `next` over `current` change any audited field? An edit that changes nothing saves
 * nothing: no new version, no audit event.
 */
export function changesAny(current: object, next: object): boolean {
  return Object.keys(fieldChanges(current, { ...current, ...next })).length > 0;
}
