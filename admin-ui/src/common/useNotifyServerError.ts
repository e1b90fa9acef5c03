import { useCallback } from 'react';
import { type NotificationOptions, useNotify } from 'react-admin';
import { serverMessage } from './serverErrors';

/**
 * The one way a refusal from the server reaches the user: its own sentence (it says who changed
 * the record, why the request was refused…), as an error notification. For the `onError` of
 * react-query mutations and of react-admin's own; a 401 has already signed the user out by then
 * (useDataProvider checks every error).
 */
export function useNotifyServerError(): (error: unknown, options?: NotificationOptions) => void {
  const notify = useNotify();
  return useCallback(
    (error: unknown, options: NotificationOptions = {}) => {
      const message = serverMessage(error);
      notify(message, { type: 'error', messageArgs: { _: message }, ...options });
    },
    [notify],
  );
}
