import type { UserRecord } from '@klch/shared';
import type { DataProvider } from 'react-admin';
import type { HttpClient } from '../common/httpClient';

/** The signed-in user's own password change (POST /api/auth/password): not CRUD, so a custom method. */
export interface PasswordMethods {
  /**
   * Answers the user. The answer's accessToken is deliberately dropped: the server renews the
   * httpOnly session cookie itself, and the UI never holds a token (see common/userStore.ts).
   */
  changePassword(passwords: { currentPassword: string; newPassword: string }): Promise<{ data: UserRecord }>;
}

export type PasswordDataProvider = DataProvider & PasswordMethods;

export function passwordMethods(http: HttpClient): PasswordMethods {
  return {
    async changePassword({ currentPassword, newPassword }) {
      // Only the two fields the server accepts: it refuses unknown ones (the form's repeatPassword).
      const { json } = await http('/api/auth/password', { method: 'POST', body: JSON.stringify({ currentPassword, newPassword }) });
      return { data: (json as { user: UserRecord }).user };
    },
  };
}
