/**
 * Day-first dates, as layout/themes.ts makes every DateField write them (en-MY: 27/11/2026),
 * for the few places that format a time in a sentence ("As of …", "Checked at …").
 */
const DATE_LOCALE = 'en-MY';

export function formatDateTime(value: string | Date): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? String(value) : date.toLocaleString(DATE_LOCALE);
}

/** A calendar date as the API writes it (2026-12-31) in the day-first form of both languages: 31/12/2026. */
export function formatDate(value: string | null | undefined): string {
  const match = value ? /^(\d{4})-(\d{2})-(\d{2})/.exec(value) : null;
  return match ? `${match[3]}/${match[2]}/${match[1]}` : (value ?? '');
}
