import { DataTable, List, ReferenceField, SelectField } from 'react-admin';
import { ORGANISATION_TYPE_CHOICES } from '../common/choices';
import { CountryField } from '../common/CountryField';
import { organisationFilters } from './organisationFilters';

export const OrganisationList = () => (
  <List sort={{ field: 'name', order: 'ASC' }} perPage={25} filters={organisationFilters}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="type">
        <SelectField source="type" choices={ORGANISATION_TYPE_CHOICES} />
      </DataTable.Col>
      <DataTable.Col source="country" field={CountryField} />
      <DataTable.Col source="city" />
      <DataTable.Col source="parentId" disableSort>
        <ReferenceField source="parentId" reference="organisations" link={false} />
      </DataTable.Col>
    </DataTable>
  </List>
);
