import { Button } from '@mui/material';
import { useCallback } from 'react';
import { useCloseNotification, useNotify, useRefresh, useTranslate } from 'react-admin';
import { hasFieldErrors, isConflictError, serverMessage } from './serverErrors';
import { useNotifyServerError } from './useNotifyServerError';

/** The actions of the conflict notification: reload the latest version, or just close it. */
const ConflictActions = ({ onReload }: { onReload: () => void }) => {
  const translate = useTranslate();
  const close = useCloseNotification();
  return (
    <>
      <Button
        color="inherit"
        size="small"
        onClick={() => {
          onReload();
          close();
        }}
      >
        {translate('klch.action.reload')}
      </Button>
      <Button color="inherit" size="small" onClick={close}>
        {translate('klch.action.dismiss')}
      </Button>
    </>
  );
};

/**
 * onError for pessimistic Edit views.
 * - 409 (someone else saved first): show the server's message with a Reload action and keep it
 *   open until the user acts; Reload refetches the record, the form resets to the latest
 *   version, and the user makes the change again on top of it.
 * - 400/422 with field errors: say nothing here; react-admin puts the errors beside the inputs
 *   and notifies the server's message (see httpClient's root.serverError).
 * - anything else: the server's message as an error notification, as react-admin does by default.
 */
export function useSaveErrorHandler() {
  const notify = useNotify();
  const notifyServerError = useNotifyServerError();
  const refresh = useRefresh();
  return useCallback(
    (error: unknown) => {
      if (isConflictError(error)) {
        const message = serverMessage(error);
        notify(message, {
          type: 'warning',
          messageArgs: { _: message },
          multiLine: true,
          autoHideDuration: null,
          action: <ConflictActions onReload={refresh} />,
          // Clicking elsewhere must not lose the message: only its buttons close it.
          onClose: () => undefined,
        });
        return;
      }
      if (hasFieldErrors(error)) return;
      notifyServerError(error);
    },
    [notify, notifyServerError, refresh],
  );
}
