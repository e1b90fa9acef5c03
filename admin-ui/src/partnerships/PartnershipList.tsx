import { DataTable, DateField, List, SelectField } from 'react-admin';
import { CATEGORY_CHOICES, INSTRUMENT_CHOICES } from '../common/choices';
import { CounterpartsField } from './CounterpartsField';
import { partnershipFilters } from './partnershipFilters';
import { StatusChip } from '../common/StatusChip';

export const PartnershipList = () => (
  <List sort={{ field: 'code', order: 'ASC' }} perPage={25} filters={partnershipFilters}>
    {/* No bulk actions: archiving is a deliberate, one-record decision. */}
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="code" sx={{ whiteSpace: 'nowrap' }} />
      <DataTable.Col source="title" />
      <DataTable.Col source="status" field={StatusChip} />
      <DataTable.Col label="resources.partnerships.fields.counterparts" disableSort>
        <CounterpartsField />
      </DataTable.Col>
      <DataTable.Col source="category">
        <SelectField source="category" choices={CATEGORY_CHOICES} />
      </DataTable.Col>
      <DataTable.Col source="instrument">
        <SelectField source="instrument" choices={INSTRUMENT_CHOICES} />
      </DataTable.Col>
      <DataTable.Col source="signedOn" field={DateField} />
      <DataTable.Col source="expiresOn" field={DateField} />
    </DataTable>
  </List>
);
