import type { UserRecord } from '@klch/shared';
import { Stack } from '@mui/material';
import { BooleanField, DataTable, List, SelectField, SelectInput, SimpleList, useTranslate } from 'react-admin';
import { LANGUAGE_CHOICES, ROLE_CHOICES, vocabularyKey } from '../common/choices';
import { DateTimeField } from '../common/DateTimeField';
import { formatDateTime } from '../common/formatDateTime';
import { QuickSearchInput } from '../common/QuickSearchInput';
import { useNarrowScreen } from '../common/useNarrowScreen';
import { DeactivateUserButton } from './DeactivateUserButton';
import { LockedField } from './LockedField';
import { ReactivateUserButton } from './ReactivateUserButton';

// Only the columns the API sorts by are sortable (see the server's users list spec).
const userFilters = [<QuickSearchInput key="q" source="q" alwaysOn />, <SelectInput key="role" source="role" choices={ROLE_CHOICES} alwaysOn />];

const UserActions = () => (
  <Stack direction="row">
    <DeactivateUserButton />
    <ReactivateUserButton />
  </Stack>
);

/** At phone width: name, role and state in two lines per account, no sideways scrolling. */
const UserSimpleList = () => {
  const translate = useTranslate();
  return (
    <SimpleList<UserRecord>
      linkType="edit"
      primaryText={(user) => user.fullName}
      secondaryText={(user) =>
        [
          user.username,
          translate(vocabularyKey('role', user.role)),
          user.active ? null : translate('resources.users.state.inactive'),
          user.lockedUntil ? translate('resources.users.locked.until', { date: formatDateTime(user.lockedUntil) }) : null,
        ]
          .filter(Boolean)
          .join(' · ')
      }
      tertiaryText={(user) => (user.lastLoginAt ? formatDateTime(user.lastLoginAt) : translate('resources.users.never'))}
    />
  );
};

export const UserList = () => {
  const narrow = useNarrowScreen();
  return (
    <List sort={{ field: 'username', order: 'ASC' }} perPage={25} filters={userFilters}>
      {narrow ? (
        <UserSimpleList />
      ) : (
        <DataTable rowClick="edit" bulkActionButtons={false}>
          <DataTable.Col source="username" />
          <DataTable.Col source="fullName" />
          <DataTable.Col source="email" disableSort />
          <DataTable.Col source="role">
            <SelectField source="role" choices={ROLE_CHOICES} />
          </DataTable.Col>
          <DataTable.Col source="active" field={BooleanField} />
          <DataTable.Col source="lastLoginAt" disableSort>
            <DateTimeField source="lastLoginAt" emptyText="resources.users.never" />
          </DataTable.Col>
          <DataTable.Col source="lockedUntil" disableSort field={LockedField} />
          <DataTable.Col source="language" disableSort>
            <SelectField source="language" choices={LANGUAGE_CHOICES} />
          </DataTable.Col>
          <DataTable.Col label="" disableSort>
            <UserActions />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};
