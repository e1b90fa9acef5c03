import { asStored } from '../common/validation/storable-text';

/**
 * JSON with object keys sorted at every depth and no whitespace: the same event always gives the
 * same text, so its hash can be recomputed by anyone (e.g. `jq -cS` gives the same bytes).
 * Strings are taken in their storable form (a lone surrogate as U+FFFD, see `asStored`), the form
 * AuditService.append stores: what is hashed is what is stored and read back, on either database.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (typeof value === 'string') return asStored(value);
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value as Record<string, unknown>).sort()) {
      const inner = (value as Record<string, unknown>)[key];
      if (inner !== undefined) sorted[asStored(key)] = sortKeys(inner);
    }
    return sorted;
  }
  return value;
}
