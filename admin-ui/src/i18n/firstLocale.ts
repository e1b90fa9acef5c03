import type { Language } from '@klch/shared';

export type Locale = Language;

/**
 * The language the UI opens in before anyone has picked one: the signed-in user's (kept on their
 * account), else the first of the browser's languages we have ("ms-MY" is Malay, "en-GB"
 * English), else English.
 */
export function firstLocale(userLanguage: Locale | undefined, browserLanguages: readonly string[]): Locale {
  if (userLanguage) return userLanguage;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'ms' || primary === 'en') return primary;
  }
  return 'en';
}
