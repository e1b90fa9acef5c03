/*
 * Timestamps are stored as `2024-06-30T10:15:00.000Z` and compared as text, so every bound a client
 * gives (`2024-06-30T18:15:00+08:00`, `…T10:15Z`, a bare date) is turned into exactly that form first.
 */

/** An ISO date or date-time (offset optional, UTC when absent) as the stored text form, or null. */
export function parseIsoInstant(text: string, bareDate: 'start' | 'end'): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?)(Z|[+-]\d{2}:\d{2})?)?$/.exec(text);
  if (!match) return null;
  const [, date, time, offset] = match;
  // A real calendar day (JavaScript would roll 2024-02-30 over to 2024-03-01), hours 00-23, minutes 00-59.
  const day = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== date) return null;
  if (time !== undefined && (Number(time.slice(0, 2)) > 23 || Number(time.slice(3, 5)) > 59 || Number(time.slice(6, 8) || 0) > 59)) return null;
  if (offset !== undefined && offset !== 'Z' && (Number(offset.slice(1, 3)) > 14 || Number(offset.slice(4, 6)) > 59)) return null;
  const full = time === undefined ? `${date}T${bareDate === 'end' ? '23:59:59.999' : '00:00:00.000'}Z` : `${date}T${time}${offset ?? 'Z'}`;
  const instant = new Date(full);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}
