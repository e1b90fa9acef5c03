import type { Language } from '@klch/shared';
import { httpClient } from '../common/httpClient';
import { readStoredUser, storeUser, type StoredUser } from '../common/userStore';

/**
 * Keeps the signed-in user's language on their account (PUT /api/auth/me/language). The stored
 * user changes first, so the page that re-renders in the new language already agrees with it
 * (ProfileLanguage would otherwise switch back); the server's answer then replaces it.
 * Resolves to whether the server kept it; never rejects.
 */
export function saveProfileLanguage(language: Language): Promise<boolean> {
  const user = readStoredUser();
  if (!user) return Promise.resolve(true);
  choices++;
  storeUser({ ...user, language });
  lastSave = httpClient('/api/auth/me/language', { method: 'PUT', body: JSON.stringify({ language }) })
    .then(({ json }) => {
      keepIfStillSignedIn(json?.user);
      return true;
    })
    .catch(() => false);
  return lastSave;
}

let lastSave: Promise<boolean> | null = null;

/**
 * The outcome of the last save, once: switching the language re-mounts the whole page (and
 * react-admin's notifications with it), so the page in the new language is the one to tell the
 * user it was not kept.
 */
export function takeLastSave(): Promise<boolean> | null {
  const save = lastSave;
  lastSave = null;
  return save;
}

let refreshed: Promise<StoredUser | null> | null = null;
/** Choices made on this page: a refresh that started before one must not undo it with the older answer. */
let choices = 0;

/**
 * The account as the server has it now, once per page load: its language may have been changed on
 * another device (or by an administrator) since this browser stored it. Null when it cannot be read.
 */
export function refreshProfileOnce(): Promise<StoredUser | null> {
  if (!readStoredUser()) return Promise.resolve(null);
  const choicesBefore = choices;
  refreshed ??= httpClient('/api/auth/me')
    .then(({ json }) => (choices === choicesBefore ? keepIfStillSignedIn(json?.user) : null))
    // A lost session answers 401, which the next page's own request turns into a sign-out.
    .catch(() => null);
  return refreshed;
}

/** For tests: the next refreshProfileOnce asks the server again, and no save is pending. */
export function forgetProfileRefresh(): void {
  refreshed = null;
  lastSave = null;
}

/** Stores the user from an answer, unless this browser signed out (or in as someone else) meanwhile. */
function keepIfStillSignedIn(value: unknown): StoredUser | null {
  const current = readStoredUser();
  const answered = value as { id?: unknown } | undefined;
  if (!current || answered?.id !== current.id) return null;
  return storeUser(value);
}
