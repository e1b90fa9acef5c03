/**
 * Calendar dates as people in Malaysia type them (day first: 31/12/2026, 1/2/2026) and as the API
 * stores them (ISO: 2026-12-31). The browser's own date input follows the browser's locale
 * (mm/dd/yyyy on an en-US machine) and reads day-first typing as month-first, so every date input
 * of the project is a text input that goes through these two functions instead.
 */

/** Why a typed date was refused: not in the dd/mm/yyyy shape, or a day the calendar has not (29/02/2025). */
export type DayFirstRefusal = 'format' | 'impossible';

export type DayFirstParse = { iso: string } | { refused: DayFirstRefusal };

// Day and month of one or two digits, a four-digit year; "/", "-" or "." between (all are typed).
const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** True when year-month-day is a day of the (proleptic Gregorian) calendar. */
function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one; UTC, so no zone can shift it.
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= lastDay;
}

/** "31/12/2026" → 2026-12-31; "1/2/2026" → 2026-02-01; "29/02/2025" refused as impossible. */
export function parseDayFirstDate(text: string): DayFirstParse {
  const match = DAY_FIRST.exec(text.trim());
  if (!match) return { refused: 'format' };
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1000 || !isRealDay(year, month, day)) return { refused: 'impossible' };
  return { iso: `${year}-${pad(month)}-${pad(day)}` };
}

/** True for a stored calendar date (2026-12-31) that is a real day. */
export function isIsoDate(value: unknown): value is string {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  return !!match && isRealDay(Number(match[1]), Number(match[2]), Number(match[3]));
}
