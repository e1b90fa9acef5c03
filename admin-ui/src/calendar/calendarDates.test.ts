import { describe, expect, it } from 'vitest';
import { todayInKualaLumpur } from '@klch/shared';
import { isMonth, monthGrid, shiftMonth, weekdayOf } from './calendarDates';

describe('calendar dates', () => {
  it('lays a month out in weeks from Monday to Sunday, from the week of the 1st to the week of the last day', () => {
    // December 2026 starts on a Tuesday and ends on a Thursday.
    const december = monthGrid('2026-12');
    expect([december.from, december.to]).toEqual(['2026-11-30', '2027-01-03']);
    expect(december.weeks).toHaveLength(5);
    expect(december.weeks.every((week) => week.length === 7 && weekdayOf(week[0]) === 'monday')).toBe(true);
    // February 2027 starts on a Monday and ends on a Sunday: exactly four weeks.
    expect(monthGrid('2027-02')).toMatchObject({ from: '2027-02-01', to: '2027-02-28' });
    expect(monthGrid('2027-02').weeks).toHaveLength(4);
    // A month starting on a Sunday needs six rows.
    expect(monthGrid('2026-11').weeks).toHaveLength(6);
    expect(monthGrid('2024-02').weeks.flat()).toContain('2024-02-29');
  });

  it('moves between months across the years', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2027-01', -1)).toBe('2026-12');
    expect(shiftMonth('2026-03', -14)).toBe('2025-01');
  });

  it('takes today in Kuala Lumpur, not in UTC: from midnight to 08:00 there, UTC is still on yesterday', () => {
    expect(todayInKualaLumpur(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01');
    expect(todayInKualaLumpur(new Date('2026-12-31T15:59:00Z'))).toBe('2026-12-31');
  });

  it('knows a month in the address from anything else', () => {
    expect(['2026-12', '2026-01'].every(isMonth)).toBe(true);
    expect(['2026-13', '2026-1', '12-2026', '', null].some(isMonth)).toBe(false);
  });
});
