import { BooleanField, DataTable, List, SelectField } from 'react-admin';
import { LANGUAGE_CHOICES, ROLE_CHOICES } from '../common/choices';
import { QuickSearchInput } from '../common/QuickSearchInput';

// Only the columns the API sorts by are sortable (see the server's users list spec).
const userFilters = [<QuickSearchInput key="q" source="q" alwaysOn />];

export const UserList = () => (
  <List sort={{ field: 'username', order: 'ASC' }} perPage={25} filters={userFilters}>
    <DataTable rowClick="edit" bulkActionButtons={false}>
      <DataTable.Col source="username" />
      <DataTable.Col source="fullName" />
      <DataTable.Col source="email" disableSort />
      <DataTable.Col source="role">
        <SelectField source="role" choices={ROLE_CHOICES} />
      </DataTable.Col>
      <DataTable.Col source="active" field={BooleanField} />
      <DataTable.Col source="language" disableSort>
        <SelectField source="language" choices={LANGUAGE_CHOICES} />
      </DataTable.Col>
    </DataTable>
  </List>
);
