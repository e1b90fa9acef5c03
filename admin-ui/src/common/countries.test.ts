import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, countryChoices, countryName } from './countries';

describe('country choices', () => {
  it('lists the 249 ISO 3166-1 alpha-2 codes once each', () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    expect(COUNTRY_CODES.every((code) => /^[A-Z]{2}$/.test(code))).toBe(true);
  });

  it('includes every country of the seed partnerships', () => {
    for (const code of ['US', 'ES', 'CN', 'JP', 'UZ', 'KR', 'IT', 'MY']) expect(COUNTRY_CODES).toContain(code);
  });

  it('names a country with its code so either can be typed', () => {
    expect(countryName('CN', 'en')).toBe('China (CN)');
    expect(countryChoices('en').find((choice) => choice.id === 'JP')?.name).toBe('Japan (JP)');
    expect(countryName('US', 'ms')).toBe('Amerika Syarikat (US)');
    expect(countryName(null, 'en')).toBe('');
  });
});
