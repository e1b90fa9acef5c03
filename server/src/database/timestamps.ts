/**
 * Timestamps are stored as ISO-8601 UTC strings (`2026-11-27T10:15:00.000Z`): the same text on SQLite
 * and PostgreSQL, exact to the millisecond, and they sort correctly as text.
 */
export function nowIso(): string {
  return new Date().toISOString();
}

export const ISO_TIMESTAMP_LENGTH = 24;
