import { useEffect } from 'react';
import { useLocaleState, useNotify } from 'react-admin';
import { readStoredUser } from '../common/userStore';
import { refreshProfileOnce, takeLastSave } from './profileLanguageApi';

/**
 * A signed-in user's pages are in the language of their account: the one stored at sign-in (so a
 * language an administrator set holds from the first sign-in), then the server's, read once per
 * page load, in case it was changed on another device. Tells the user when their choice could not
 * be kept on the account. Renders nothing.
 */
export const ProfileLanguage = () => {
  const [locale, setLocale] = useLocaleState();
  const notify = useNotify();

  useEffect(() => {
    takeLastSave()?.then((kept) => {
      if (!kept) notify('klch.layout.language.saveFailed', { type: 'warning' });
    });
  }, [notify]);

  useEffect(() => {
    const language = readStoredUser()?.language;
    if (language && language !== locale) setLocale(language);
  }, [locale, setLocale]);

  useEffect(() => {
    let mounted = true;
    // The stored user, not the answer: the answer is kept for the page load, and the user may have
    // chosen another language since (which the stored user already says).
    refreshProfileOnce().then(() => {
      const language = readStoredUser()?.language;
      if (mounted && language && language !== locale) setLocale(language);
    });
    return () => {
      mounted = false;
    };
  }, [locale, setLocale]);

  return null;
};
