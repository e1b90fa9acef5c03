import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { I18nProvider } from 'react-admin';
import { readStoredUser } from '../common/userStore';
import { en } from '../i18n/en';
import { firstLocale, type Locale } from '../i18n/firstLocale';
import { ms } from '../i18n/ms';

export const LOCALES = [
  { locale: 'en', name: 'English' },
  { locale: 'ms', name: 'Bahasa Melayu' },
];

/**
 * react-admin passes server messages ("Wrong username or password.") through translate as if
 * they were keys. Show those as they are, quietly; warn only about a missing key that looks
 * like one of ours (dotted, no spaces), which is a real gap in en.ts/ms.ts.
 */
function onMissingKey(key: string): string {
  if (/^[\w-]+(\.[\w-]+)+$/.test(key)) console.warn(`Missing translation for key: "${key}"`);
  return key;
}

/**
 * One form for one, another for many, in both languages. Polyglot's own rule for "ms" always takes
 * the first form, which in react-admin's phrases is the one for a single item ("1 item dipilih" for
 * three); ra-messages-ms.ts writes both forms, like English.
 */
const PLURAL_RULES = {
  pluralTypes: { oneOther: (n: number) => (n === 1 ? 0 : 1) },
  pluralTypeToLanguages: { oneOther: ['en', 'ms'] },
};

/**
 * Screen readers and the browser's own spelling and hyphenation follow the page's language; the
 * tab's title (index.html's is English) names the product in it too.
 */
function markPageLanguage(locale: string, translate: I18nProvider['translate']): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = locale;
  document.title = translate('klch.layout.productName');
}

export function createI18nProvider(initialLocale: Locale): I18nProvider {
  const polyglot = polyglotI18nProvider((locale) => (locale === 'ms' ? ms : en), initialLocale, LOCALES, {
    onMissingKey,
    pluralRules: PLURAL_RULES,
  });
  markPageLanguage(initialLocale, polyglot.translate);
  return {
    ...polyglot,
    changeLocale: async (locale: string) => {
      await polyglot.changeLocale(locale);
      markPageLanguage(locale, polyglot.translate);
    },
  };
}

/**
 * Opens in the signed-in user's language, else in the browser's (a first visit to the login page).
 * A language picked on this browser since then is react-admin's stored `locale`, which it applies
 * on top; for a signed-in user, ProfileLanguage then applies the account's own.
 */
export const i18nProvider = createI18nProvider(firstLocale(readStoredUser()?.language, typeof navigator === 'undefined' ? [] : navigator.languages));
