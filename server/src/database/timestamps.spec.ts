import { addDays, addMonths, todayInKualaLumpur } from './timestamps';

describe('dates in Kuala Lumpur', () => {
  it("is already tomorrow in Kuala Lumpur from 16:00 UTC, and still today's date until then", () => {
    expect(todayInKualaLumpur(new Date('2026-12-01T15:59:59.999Z'))).toBe('2026-12-01');
    expect(todayInKualaLumpur(new Date('2026-12-01T16:00:00.000Z'))).toBe('2026-12-02');
    expect(todayInKualaLumpur(new Date('2026-12-31T23:30:00.000Z'))).toBe('2027-01-01');
  });

  it('adds days across months and years, and subtracts them', () => {
    expect(addDays('2026-12-01', 30)).toBe('2026-12-31');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('adds months, the 31st becoming the last day of a shorter month', () => {
    expect(addMonths('2026-12-01', -24)).toBe('2024-12-01');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
  });
});
