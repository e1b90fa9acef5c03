import { isRole, LANGUAGES, type Language, type UserRecord } from '@klch/shared';

/**
 * What the UI remembers about the signed-in user, for the app bar and for permission checks.
 * Never the access token: the session lives in an httpOnly cookie that scripts cannot read,
 * so a cross-site script cannot steal it from here either.
 */
export type StoredUser = Pick<UserRecord, 'id' | 'username' | 'fullName' | 'email' | 'role' | 'active' | 'language'>;

const STORAGE_KEY = 'klch.user';

/** Copies only the fields we know, so nothing else the server sends (a token) ends up in storage. */
function pickUser(value: unknown): StoredUser | null {
  if (!value || typeof value !== 'object') return null;
  const candidate = value as Record<string, unknown>;
  if (typeof candidate.id !== 'number' || !isRole(candidate.role)) return null;
  const language = LANGUAGES.includes(candidate.language as Language) ? (candidate.language as Language) : 'en';
  return {
    id: candidate.id,
    username: String(candidate.username ?? ''),
    fullName: String(candidate.fullName ?? candidate.username ?? ''),
    email: typeof candidate.email === 'string' ? candidate.email : null,
    role: candidate.role,
    active: candidate.active !== false,
    language,
  };
}

export function readStoredUser(): StoredUser | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    return raw ? pickUser(JSON.parse(raw)) : null;
  } catch {
    // A corrupt entry means "not signed in", never a crash on start-up.
    return null;
  }
}

/** Stores the user from the login answer; throws if the answer has no usable user. */
export function storeUser(value: unknown): StoredUser {
  const user = pickUser(value);
  if (!user) throw new Error('ra.auth.sign_in_error');
  localStorage.setItem(STORAGE_KEY, JSON.stringify(user));
  return user;
}

export function clearStoredUser(): void {
  localStorage.removeItem(STORAGE_KEY);
}
