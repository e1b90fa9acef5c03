import { CALENDAR_KINDS, type CalendarKind, todayInKualaLumpur } from '@klch/shared';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router-dom';
import { isMonth, monthOf } from './calendarDates';

export type CalendarView = 'month' | 'agenda';

export interface CalendarParams {
  month: string;
  view: CalendarView;
  partnershipId?: number;
  ownerId?: number;
  /** Never empty: all three when the address names none. */
  kinds: CalendarKind[];
  /** The day the agenda scrolls to ("+3 more" in a grid cell). */
  day?: string;
}

const idOf = (value: string | null) => (value && /^\d{1,10}$/.test(value) ? Number(value) : undefined);

/**
 * What the calendar shows lives in its address (`#/calendar?month=2026-12&view=agenda&kind=expiry`),
 * so a view can be shared and the browser's back button undoes a change. Anything malformed in it
 * falls back to the default (this month, every kind) rather than failing.
 */
export function useCalendarParams(): [CalendarParams, (change: Partial<CalendarParams>) => void] {
  const [search, setSearch] = useSearchParams();
  const kinds = (search.get('kind') ?? '').split(',').filter((kind): kind is CalendarKind => (CALENDAR_KINDS as readonly string[]).includes(kind));
  const params: CalendarParams = {
    month: isMonth(search.get('month')) ? search.get('month')! : monthOf(todayInKualaLumpur()),
    view: search.get('view') === 'agenda' ? 'agenda' : 'month',
    partnershipId: idOf(search.get('partnershipId')),
    ownerId: idOf(search.get('ownerId')),
    kinds: kinds.length ? CALENDAR_KINDS.filter((kind) => kinds.includes(kind)) : [...CALENDAR_KINDS],
    day: search.get('day') ?? undefined,
  };
  const change = useCallback(
    (next: Partial<CalendarParams>) => {
      setSearch((current) => {
        const merged = new URLSearchParams(current);
        const set = (name: string, value: string | number | undefined) =>
          value === undefined ? merged.delete(name) : merged.set(name, String(value));
        if ('month' in next) set('month', next.month);
        if ('view' in next) set('view', next.view === 'agenda' ? 'agenda' : undefined);
        if ('partnershipId' in next) set('partnershipId', next.partnershipId);
        if ('ownerId' in next) set('ownerId', next.ownerId);
        if ('kinds' in next) set('kind', !next.kinds || next.kinds.length === CALENDAR_KINDS.length ? undefined : next.kinds.join(','));
        // The day to scroll to is for the one move that names it.
        set('day', next.day);
        return merged;
      });
    },
    [setSearch],
  );
  return [params, change];
}
