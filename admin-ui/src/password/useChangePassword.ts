import { useCallback } from 'react';
import { useLogoutIfAccessDenied, useNotify, useRedirect } from 'react-admin';
import { hasFieldErrors, serverMessage } from '../common/serverErrors';
import { httpClient } from '../providers/httpClient';

/**
 * The form's values as react-admin hands them over (react-hook-form's loosely typed FieldValues);
 * validation has already made both strings and the repeat equal to newPassword.
 */
export interface ChangePasswordValues {
  currentPassword?: unknown;
  newPassword?: unknown;
  repeatPassword?: unknown;
}

/**
 * The form's submit handler. It resolves to the server's field errors (react-admin's Form puts
 * them beside the inputs and notifies the message that httpClient adds as root.serverError)
 * or to nothing.
 *
 * The answer's accessToken is deliberately ignored: the server renews the httpOnly session
 * cookie itself, and the UI never holds a token (see providers/userStore.ts).
 */
export function useChangePassword() {
  const notify = useNotify();
  const redirect = useRedirect();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();

  return useCallback(
    async ({ currentPassword, newPassword }: ChangePasswordValues): Promise<Record<string, unknown> | undefined> => {
      try {
        // Only the two fields the server accepts: it refuses unknown ones (repeatPassword).
        await httpClient('/api/auth/password', {
          method: 'POST',
          body: JSON.stringify({ currentPassword, newPassword }),
        });
      } catch (error) {
        if (hasFieldErrors(error)) return (error as { body: { errors: Record<string, unknown> } }).body.errors;
        // 401: the session ended meanwhile; sign out and go to the login page like any other page.
        if (await logoutIfAccessDenied(error)) return undefined;
        const message = serverMessage(error);
        notify(message, { type: 'error', messageArgs: { _: message } });
        return undefined;
      }
      notify('klch.password.notification.changed', { type: 'success' });
      redirect('list', 'partnerships');
      return undefined;
    },
    [notify, redirect, logoutIfAccessDenied],
  );
}
