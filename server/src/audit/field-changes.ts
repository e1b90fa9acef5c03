import type { FieldChanges } from './audit-event.entity';

/**
 * The before/after of every field that differs between two snapshots of a record (deep comparison,
 * so arrays of parties or SDG targets count as changed only when their content changed).
 * A creation is `before = null`; a removal is `after = null`.
 */
export function fieldChanges(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  ignore: readonly string[] = ['version', 'createdAt', 'updatedAt', 'createdById', 'updatedById'],
): FieldChanges {
  const changes: FieldChanges = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    if (ignore.includes(key)) continue;
    const was = before ? (before[key] ?? null) : null;
    const now = after ? (after[key] ?? null) : null;
    if (JSON.stringify(was) !== JSON.stringify(now)) changes[key] = [was, now];
  }
  return changes;
}
