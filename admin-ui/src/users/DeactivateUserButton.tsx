import type { UserRecord } from '@klch/shared';
import PersonOffIcon from '@mui/icons-material/PersonOff';
import { DeleteButton, useNotify, useRecordContext, useRedirect, useRefresh } from 'react-admin';
import { whileSignedIn } from '../common/useDataProviderMutation';
import { useNotifyServerError } from '../common/useNotifyServerError';

/**
 * "Deactivate": the users' DELETE never erases an account (the audit trail keeps pointing at it),
 * it stops it signing in. Its label and confirmation are react-admin's delete keys as users/i18n.ts
 * words them for users; the notification names the account. Pessimistic: the server refuses the
 * last active admin (409), and the row must not change before it agrees. `redirect` from the edit
 * page back to the list; on a list row, the list stays.
 */
export const DeactivateUserButton = ({ redirect = false }: { redirect?: 'list' | false }) => {
  const record = useRecordContext<UserRecord>();
  const notify = useNotify();
  const redirectTo = useRedirect();
  const refresh = useRefresh();
  const notifyServerError = useNotifyServerError();
  if (!record?.active) return null;
  return (
    <DeleteButton
      mutationMode="pessimistic"
      redirect={redirect}
      icon={<PersonOffIcon />}
      size="small"
      mutationOptions={{
        onSuccess: whileSignedIn(() => {
          notify('resources.users.notifications.deactivated', { type: 'success', messageArgs: { name: record.fullName } });
          // react-admin drops a deleted record from its cached lists; this one stays, inactive.
          refresh();
          if (redirect) redirectTo(redirect, 'users');
        }),
        onError: (error) => notifyServerError(error),
      }}
    />
  );
};
