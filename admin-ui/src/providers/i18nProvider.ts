import polyglotI18nProvider from 'ra-i18n-polyglot';
import { en } from '../i18n/en';
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

/** English is the default; the app bar's language menu offers Bahasa Melayu too. */
export const i18nProvider = polyglotI18nProvider((locale) => (locale === 'ms' ? ms : en), 'en', LOCALES, {
  onMissingKey,
});
