/**
 * The calendar's date arithmetic on plain yyyy-mm-dd text, in UTC, so no browser time zone moves a
 * day. Today is Kuala Lumpur's (`todayInKualaLumpur` of @klch/shared); weeks start on
 * Monday, as Malaysian calendars do.
 */

/** Monday first: the weekday keys of the messages, in the grid's column order. */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const utc = (date: string) => new Date(`${date}T00:00:00.000Z`);
const text = (at: Date) => at.toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  const at = utc(date);
  at.setUTCDate(at.getUTCDate() + days);
  return text(at);
}

/** A month as the address writes it: 2026-12. */
export const isMonth = (value: string | null): value is string => !!value && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);

export const monthOf = (date: string) => date.slice(0, 7);

/** The month `by` months after (or before) `month`. */
export function shiftMonth(month: string, by: number): string {
  const [year, number] = month.split('-').map(Number);
  return text(new Date(Date.UTC(year, number - 1 + by, 1))).slice(0, 7);
}

/** 0 for Monday … 6 for Sunday. */
export const weekdayIndex = (date: string) => (utc(date).getUTCDay() + 6) % 7;

export const weekdayOf = (date: string): Weekday => WEEKDAYS[weekdayIndex(date)];

/**
 * The weeks a month grid shows, Monday to Sunday, from the week of the 1st to the week of the last
 * day (4 to 6 rows), and the first and last day shown: the range the grid asks the server for.
 */
export function monthGrid(month: string): { from: string; to: string; weeks: string[][] } {
  const first = `${month}-01`;
  const last = addDays(`${shiftMonth(month, 1)}-01`, -1);
  const from = addDays(first, -weekdayIndex(first));
  const to = addDays(last, 6 - weekdayIndex(last));
  const weeks: string[][] = [];
  for (let day = from; day <= to; day = addDays(day, 7)) weeks.push(Array.from({ length: 7 }, (_, index) => addDays(day, index)));
  return { from, to, weeks };
}
