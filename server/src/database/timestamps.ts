/**
 * Timestamps are stored as ISO-8601 UTC strings (`2026-11-27T10:15:00.000Z`): the same text on SQLite
 * and PostgreSQL, exact to the millisecond, and they sort correctly as text.
 */
export function nowIso(): string {
  return new Date().toISOString();
}

/** Today's date in UTC (YYYY-MM-DD): the day "overdue" and a default completion date are reckoned by. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
