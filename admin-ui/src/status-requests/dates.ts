/** Today in the browser's time zone as an ISO date (YYYY-MM-DD), the form DateInput keeps. */
export function todayIsoDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A timestamp's day the Malaysian way (day first), as DateField shows dates (see layout/themes.ts). */
export function formatDay(iso: string | null | undefined, locale: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString(locale === 'ms' ? 'ms-MY' : 'en-MY');
}
