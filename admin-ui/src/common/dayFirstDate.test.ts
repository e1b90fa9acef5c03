import { describe, expect, it } from 'vitest';
import { isIsoDate, parseDayFirstDate } from './dayFirstDate';
import { formatDate, formatDateTime, formatDayOf } from './formatDateTime';

describe('parseDayFirstDate: what a person types, day first', () => {
  it('reads 31/12/2026 as the 31st of December', () => {
    expect(parseDayFirstDate('31/12/2026')).toEqual({ iso: '2026-12-31' });
  });

  it('reads 1/2/2026 as the 1st of February, never the 2nd of January', () => {
    expect(parseDayFirstDate('1/2/2026')).toEqual({ iso: '2026-02-01' });
  });

  it('accepts dashes, dots and surrounding spaces', () => {
    expect(parseDayFirstDate(' 05-11-2019 ')).toEqual({ iso: '2019-11-05' });
    expect(parseDayFirstDate('5.11.2019')).toEqual({ iso: '2019-11-05' });
  });

  it('refuses a day the calendar has not: 29/02/2025, 31/04/2026, 0/1/2026, 1/13/2026', () => {
    for (const text of ['29/02/2025', '31/04/2026', '0/1/2026', '1/13/2026']) {
      expect(parseDayFirstDate(text)).toEqual({ refused: 'impossible' });
    }
  });

  it('accepts 29/02 of a leap year', () => {
    expect(parseDayFirstDate('29/02/2028')).toEqual({ iso: '2028-02-29' });
  });

  it('refuses what is not dd/mm/yyyy: a two-digit year, an ISO date, words, half a date', () => {
    for (const text of ['31/12/26', '2026-12-31', 'tomorrow', '31/12', '']) {
      expect(parseDayFirstDate(text)).toEqual({ refused: 'format' });
    }
  });
});

describe('isIsoDate', () => {
  it('knows a stored date from typed text and from an impossible one', () => {
    expect(isIsoDate('2026-12-31')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('31/12/2026')).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });
});

describe('display', () => {
  it('writes a calendar date day first', () => {
    expect(formatDate('2026-12-31')).toBe('31/12/2026');
    expect(formatDate(null)).toBe('');
  });

  it("writes an instant on Kuala Lumpur's clock, 24-hour, with the zone named", () => {
    expect(formatDateTime('2026-11-27T06:05:00.000Z')).toBe('27/11/2026 14:05 MYT');
    // 23:30 UTC is already the next morning in KL.
    expect(formatDateTime('2026-12-31T23:30:00.000Z')).toBe('01/01/2027 07:30 MYT');
    expect(formatDayOf('2026-12-31T23:30:00.000Z')).toBe('01/01/2027');
  });

  it('leaves what is not a time as it is', () => {
    expect(formatDateTime('not a time')).toBe('not a time');
  });
});
