import { useCallback } from 'react';
import { useDataProvider, useNotify, useRedirect } from 'react-admin';
import { hasFieldErrors } from '../common/serverErrors';
import { isSignedOut, useDataProviderMutation } from '../common/useDataProviderMutation';
import { useNotifyServerError } from '../common/useNotifyServerError';
import type { PasswordDataProvider } from './passwordApi';

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
 * The form's submit handler. It resolves to the server's field errors (react-admin's Form puts them
 * beside the inputs and notifies the message that httpClient adds as root.serverError) or to
 * nothing. A 401 (the session ended meanwhile) signs out and goes to the login page, as on any
 * other page: useDataProvider does that for every call.
 */
export function useChangePassword() {
  const notify = useNotify();
  const notifyServerError = useNotifyServerError();
  const redirect = useRedirect();
  const dataProvider = useDataProvider<PasswordDataProvider>();
  // Refusals are the form's to show (below): field errors beside the inputs, the rest notified.
  const { mutateAsync } = useDataProviderMutation(
    (values: ChangePasswordValues) =>
      dataProvider.changePassword({ currentPassword: String(values.currentPassword), newPassword: String(values.newPassword) }),
    { onError: () => undefined },
  );

  return useCallback(
    async (values: ChangePasswordValues): Promise<Record<string, unknown> | undefined> => {
      try {
        await mutateAsync(values);
      } catch (error) {
        if (hasFieldErrors(error)) return (error as { body: { errors: Record<string, unknown> } }).body.errors;
        if (!isSignedOut(error)) notifyServerError(error);
        return undefined;
      }
      notify('klch.password.notification.changed', { type: 'success' });
      redirect('list', 'partnerships');
      return undefined;
    },
    [mutateAsync, notify, notifyServerError, redirect],
  );
}
