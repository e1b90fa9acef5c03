import { dayFirst, kualaLumpurClock } from '@klch/shared';

/**
 * Dates and times as the app shows them, the same in English and Bahasa Melayu: calendar dates day
 * first (31/12/2026), instants in Kuala Lumpur's time, 24-hour, with the zone named
 * (31/12/2026 14:05 MYT), whatever the browser's own locale and zone: an officer abroad, or a
 * browser set to en-US, must read the same day and hour as the office in KL.
 */
/** Malaysia Time: the zone's name as both languages write it (Malaysia has kept UTC+8 since 1982). */
export const TIME_ZONE_NAME = 'MYT';

function toDate(value: string | Date): Date | null {
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? null : date;
}

/** An instant (an API timestamp) on Kuala Lumpur's clock: 27/11/2026 14:05 MYT. */
export function formatDateTime(value: string | Date): string {
  const date = toDate(value);
  if (!date) return String(value);
  const { day, month, year, hour, minute } = kualaLumpurClock(date);
  return `${day}/${month}/${year} ${hour}:${minute} ${TIME_ZONE_NAME}`;
}

/** The day of an instant in Kuala Lumpur (an archive at 23:30 UTC is the next day there): 28/11/2026. */
export function formatDayOf(value: string | Date): string {
  const date = toDate(value);
  if (!date) return String(value);
  const { day, month, year } = kualaLumpurClock(date);
  return `${day}/${month}/${year}`;
}

/** A calendar date as the API writes it (2026-12-31) in the day-first form of both languages: 31/12/2026. */
export function formatDate(value: string | null | undefined): string {
  return value ? dayFirst(value) : '';
}
