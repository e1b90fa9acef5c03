import { canAccess, type Role } from '@klch/shared';
import type { AuthProvider } from 'react-admin';
import { clearStoredUser, readStoredUser, storeUser, type StoredUser } from '../common/userStore';

/** Signs a user in as authProvider.login would: the stored profile the whole UI reads (useCurrentUser). */
export function signInAs(role: Role, id = 1, more: Partial<StoredUser> = {}): StoredUser {
  return storeUser({ id, username: `${role}${id}`, fullName: `Test ${role} ${id}`, email: null, role, active: true, language: 'en', ...more });
}

/**
 * An authProvider for tests: answers from the stored user like the real one (so signInAs decides
 * the role) and asks shared canAccess, but never calls the server. A 401 signs out, as for real.
 */
export const testAuthProvider: AuthProvider = {
  login: async () => undefined,
  logout: async () => clearStoredUser(),
  checkAuth: async () => undefined,
  checkError: async (error: { status?: number }) => {
    if (error?.status === 401) {
      clearStoredUser();
      throw new Error('ra.notification.logged_out');
    }
  },
  getIdentity: async () => {
    const user = readStoredUser();
    return { id: user?.id ?? 0, fullName: user?.fullName, role: user?.role };
  },
  getPermissions: async () => readStoredUser()?.role ?? null,
  canAccess: async ({ action, resource }) => canAccess(readStoredUser()?.role, action, resource),
};
