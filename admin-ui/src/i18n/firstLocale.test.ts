import { describe, expect, it } from 'vitest';
import { firstLocale } from './firstLocale';

describe('the language the UI opens in', () => {
  it("follows a Malay browser: 'ms' and 'ms-MY', whatever the case", () => {
    expect(firstLocale(undefined, ['ms'])).toBe('ms');
    expect(firstLocale(undefined, ['ms-MY', 'en-GB'])).toBe('ms');
    expect(firstLocale(undefined, ['MS-my'])).toBe('ms');
  });

  it("takes the first of the browser's languages that the UI has", () => {
    expect(firstLocale(undefined, ['en-GB', 'ms-MY'])).toBe('en');
    expect(firstLocale(undefined, ['zh-CN', 'ms-MY', 'en'])).toBe('ms');
  });

  it('is English for a browser whose languages the UI does not have, or none', () => {
    expect(firstLocale(undefined, ['zh-CN', 'ta-MY'])).toBe('en');
    expect(firstLocale(undefined, [])).toBe('en');
    // "msa" is not Malay's two-letter code, and "mso" is no language: neither is "ms".
    expect(firstLocale(undefined, ['mso'])).toBe('en');
  });

  it("is the signed-in user's own language first, whatever the browser says", () => {
    expect(firstLocale('ms', ['en-US'])).toBe('ms');
    expect(firstLocale('en', ['ms-MY'])).toBe('en');
  });
});
