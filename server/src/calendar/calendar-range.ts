import { CALENDAR_DEFAULT_PAST_DAYS, MAX_CALENDAR_DAYS } from '@klch/shared';
import { fieldError } from '../common/errors/http-errors';
import { addDays } from '../database/timestamps';

export interface CalendarRange {
  from: string;
  to: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const daysFrom = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/**
 * The days a request covers. Without `from`, the recent past too (a month back from today, Kuala
 * Lumpur's); without `to`, the longest range from `from`. Bounded, so one request never reads the
 * whole register's dates: a longer range is a 400 naming `to`, as is a `to` before `from`.
 * (The dates' shape is the DTO's to check.)
 */
export function calendarRange(query: { from?: string; to?: string }, today: string): CalendarRange {
  const from = query.from ?? addDays(today, -CALENDAR_DEFAULT_PAST_DAYS);
  const to = query.to ?? addDays(from, MAX_CALENDAR_DAYS - 1);
  const days = daysFrom(from, to) + 1;
  if (days < 1) throw fieldError('to', `to (${to}) is before from (${from}): give a range whose last day is on or after its first.`);
  if (days > MAX_CALENDAR_DAYS) {
    throw fieldError(
      'to',
      `The range from ${from} to ${to} is ${days} days; the calendar gives at most ${MAX_CALENDAR_DAYS} days at a time. Ask for a shorter range.`,
    );
  }
  return { from, to };
}
