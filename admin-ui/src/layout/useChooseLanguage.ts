import type { Language } from '@klch/shared';
import { useCallback } from 'react';
import { useLocaleState } from 'react-admin';
import { readStoredUser } from '../common/userStore';
import { saveProfileLanguage } from './profileLanguageApi';

/**
 * Switches the UI's language; for a signed-in user it is also kept on their account, so it follows
 * them to every device. Signed out (the login page), it is this browser's choice only.
 */
export function useChooseLanguage(): [Language, (language: Language) => void] {
  const [locale, setLocale] = useLocaleState();
  const choose = useCallback(
    (language: Language) => {
      // Its outcome is told by ProfileLanguage, in the page re-mounted in the new language.
      if (readStoredUser()) void saveProfileLanguage(language);
      setLocale(language);
    },
    [setLocale],
  );
  return [locale === 'ms' ? 'ms' : 'en', choose];
}
