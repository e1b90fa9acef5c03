/**
 * Timestamps are stored as ISO-8601 UTC strings (`2026-11-27T10:15:00.000Z`): the same text on SQLite
 * and PostgreSQL, exact to the millisecond, and they sort correctly as text.
 */
export function nowIso(): string {
  return new Date().toISOString();
}

/** Today's date in Kuala Lumpur (YYYY-MM-DD), from shared: the UI reckons its days by the same one. */
export { todayInKualaLumpur } from '@klch/shared';

/** The date `days` after (or, negative, before) a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  const at = new Date(`${date}T00:00:00.000Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/** The date `months` after (or before) a YYYY-MM-DD date; the 31st of a shorter month becomes its last day. */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number);
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(day, last));
  return first.toISOString().slice(0, 10);
}
