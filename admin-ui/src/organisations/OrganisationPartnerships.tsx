import { DataTable, Pagination, ReferenceManyField } from 'react-admin';
import { EmptyText } from '../common/EmptyText';
import type { CustomFieldProps } from '../common/fieldProps';
import { StatusChip } from '../common/StatusChip';
import { CalendarDateField } from '../common/CalendarDateField';

/**
 * The partnerships this organisation is a party to, archived ones included: the organisation's
 * whole history with KLCH, each row opening its partnership.
 */
export const OrganisationPartnerships = (_props: CustomFieldProps) => (
  <ReferenceManyField
    reference="partnerships"
    target="organisationId"
    filter={{ includeArchived: true }}
    sort={{ field: 'code', order: 'ASC' }}
    perPage={25}
    pagination={<Pagination rowsPerPageOptions={[]} />}
  >
    <DataTable rowClick="show" bulkActionButtons={false} empty={<EmptyText message="resources.organisations.partnerships.none" />}>
      <DataTable.Col source="code" sx={{ whiteSpace: 'nowrap' }} />
      <DataTable.Col source="title" />
      <DataTable.Col source="status" field={StatusChip} />
      <DataTable.Col source="expiresOn" field={CalendarDateField} />
    </DataTable>
  </ReferenceManyField>
);
