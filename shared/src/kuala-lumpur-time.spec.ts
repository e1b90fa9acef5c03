import { dayFirst, kualaLumpurClock, todayInKualaLumpur } from './kuala-lumpur-time';

describe("Kuala Lumpur's calendar and clock", () => {
  it('reads an instant on the clock of UTC+8, whatever the machine runs in', () => {
    expect(kualaLumpurClock(new Date('2026-12-01T06:05:00.000Z'))).toEqual({ year: '2026', month: '12', day: '01', hour: '14', minute: '05' });
    // 23:30 UTC on New Year's Eve is already 07:30 on New Year's Day in KL.
    expect(kualaLumpurClock(new Date('2026-12-31T23:30:00.000Z'))).toEqual({ year: '2027', month: '01', day: '01', hour: '07', minute: '30' });
  });

  it("turns at KL's midnight, not UTC's", () => {
    expect(todayInKualaLumpur(new Date('2026-12-01T15:59:59.999Z'))).toBe('2026-12-01');
    expect(todayInKualaLumpur(new Date('2026-12-01T16:00:00.000Z'))).toBe('2026-12-02');
  });

  it('writes a calendar date day first and leaves other text as it is', () => {
    expect(dayFirst('2026-12-31')).toBe('31/12/2026');
    expect(dayFirst('not a date')).toBe('not a date');
  });
});
