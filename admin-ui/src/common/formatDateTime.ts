/**
 * Day-first dates, as layout/themes.ts makes every DateField write them (en-MY: 27/11/2026),
 * for the few places that format a time in a sentence ("As of …", "Checked at …").
 */
const DATE_LOCALE = 'en-MY';

export function formatDateTime(value: string | Date): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? String(value) : date.toLocaleString(DATE_LOCALE);
}
