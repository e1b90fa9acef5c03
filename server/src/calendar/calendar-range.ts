import { CALENDAR_DEFAULT_PAST_DAYS, MAX_CALENDAR_DAYS } from '@klch/shared';
import { fieldError } from '../common/errors/http-errors';
import { addDays } from '../database/timestamps';
import { dateRef, fieldRef, msg } from '../common/i18n/message';

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
  if (days < 1)
    throw fieldError('to', msg('calendar.reversed', { to: fieldRef('to'), from: fieldRef('from'), toDate: dateRef(to), fromDate: dateRef(from) }));
  if (days > MAX_CALENDAR_DAYS) {
    throw fieldError('to', msg('calendar.tooLong', { fromDate: dateRef(from), toDate: dateRef(to), days, max: MAX_CALENDAR_DAYS }));
  }
  return { from, to };
}
