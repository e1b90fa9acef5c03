import { canAccess } from '@klch/shared';
import type { AuthProvider } from 'react-admin';
import { httpClient } from '../common/httpClient';
import { clearStoredUser, readStoredUser, storeUser } from '../common/userStore';

/** What checkAuth rejects with when nobody is signed in (react-admin's shape for "no notification"). */
export const NOT_SIGNED_IN = { message: false } as const;

/**
 * Session-cookie authentication. The server sets an httpOnly cookie on login; the UI keeps only
 * the user's public profile (for the app bar and for canAccess) and never the access token.
 */
export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    // Errors (401 wrong password, 429 locked out) reject with the server's own message,
    // which react-admin's login form shows as the notification.
    const { json } = await httpClient('/api/auth/login', {
      method: 'POST',
      body: JSON.stringify({ username, password }),
    });
    storeUser(json?.user);
  },

  async logout() {
    // Only tell the server when we believe we have a session: react-admin also calls logout
    // when an anonymous visitor lands on a page, and that needs no request.
    if (readStoredUser()) {
      try {
        await httpClient('/api/auth/logout', { method: 'POST' });
      } catch {
        // The session may already be gone on the server (expired, revoked): still log out here.
      }
    }
    clearStoredUser();
  },

  async checkAuth() {
    // The cookie cannot be read from script; a stored user is our sign of a session. If the
    // cookie has expired, the first API call answers 401 and checkError logs the user out.
    // `message: false`: react-admin then goes to the login page without a "Please login to
    // continue" there, an error shown to someone who has done nothing yet.
    if (!readStoredUser()) throw NOT_SIGNED_IN;
  },

  async checkError(error: { status?: number }) {
    // 401: the session is gone, so sign out. 403 is a refusal of one action by a signed-in
    // user (e.g. an auditor trying to edit): the session stays and the page shows the message.
    if (error?.status === 401) {
      clearStoredUser();
      throw new Error('ra.notification.logged_out');
    }
  },

  async getIdentity() {
    const user = readStoredUser();
    if (!user) throw new Error('ra.auth.auth_check_error');
    return { id: user.id, fullName: user.fullName, role: user.role };
  },

  async getPermissions() {
    return readStoredUser()?.role ?? null;
  },

  // The one permission function, shared with the server's guards: react-admin uses it to hide
  // menu entries and the Create/Edit/Delete buttons a role may not use.
  async canAccess({ action, resource }) {
    return canAccess(readStoredUser()?.role, action, resource);
  },
};
