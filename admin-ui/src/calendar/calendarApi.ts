import type { CalendarQuery, CalendarRecord } from '@klch/shared';
import type { DataProvider } from 'react-admin';
import type { HttpClient } from '../common/httpClient';

/** The calendar (/api/calendar): not a resource, so a custom method. */
export interface CalendarMethods {
  getCalendar(query: CalendarQuery): Promise<{ data: CalendarRecord }>;
}

export type CalendarDataProvider = DataProvider & CalendarMethods;

/** The query string both addresses take: only the parameters that are set, `kind` comma-separated. */
export function calendarSearch(query: CalendarQuery & { lang?: string }): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(name, Array.isArray(value) ? value.join(',') : String(value));
  }
  return params.toString();
}

/**
 * The .ics file's address with the same filters and the reader's language. A plain link downloads
 * it: the session is a same-origin cookie the browser sends by itself, and a GET needs no header.
 */
export const calendarIcsUrl = (query: CalendarQuery, lang: string) => `/api/calendar.ics?${calendarSearch({ ...query, lang })}`;

export function calendarMethods(http: HttpClient): CalendarMethods {
  return {
    async getCalendar(query) {
      const { json } = await http(`/api/calendar?${calendarSearch(query)}`);
      return { data: json as CalendarRecord };
    },
  };
}
