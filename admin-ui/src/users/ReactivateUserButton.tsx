import type { UserRecord } from '@klch/shared';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import { Button, useDataProvider, useNotify, useRecordContext, useRefresh } from 'react-admin';
import { useDataProviderMutation } from '../common/useDataProviderMutation';
import type { UsersDataProvider } from './usersApi';

/**
 * "Reactivate" on a deactivated account: it may sign in again. No confirmation: it undoes a
 * deactivation, which can itself be repeated at once. The caller decides who sees it (admins).
 */
export const ReactivateUserButton = () => {
  const record = useRecordContext<UserRecord>();
  const dataProvider = useDataProvider<UsersDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const { mutate, isPending } = useDataProviderMutation((user: UserRecord) => dataProvider.reactivateUser(user.id), {
    onSuccess: ({ data }) => {
      notify('resources.users.notifications.reactivated', { type: 'success', messageArgs: { name: data.fullName } });
      refresh();
    },
  });
  if (!record || record.active) return null;
  return (
    <Button
      label="resources.users.action.reactivate"
      onClick={(event) => {
        // On a list row: reactivate, do not open the account.
        event.stopPropagation();
        mutate(record);
      }}
      disabled={isPending}
      size="small"
    >
      <HowToRegIcon />
    </Button>
  );
};
