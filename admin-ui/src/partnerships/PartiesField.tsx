import { ArrayField, DataTable, ReferenceField, SelectField } from 'react-admin';
import type { CustomFieldProps } from '../common/fieldProps';
import { PARTY_ROLE_CHOICES } from '../common/choices';
import { EmptyText } from '../common/EmptyText';

/** The parties of a partnership: organisation (linked to its page) and role. */
export const PartiesField = ({ source = 'parties', label }: CustomFieldProps) => (
  <ArrayField source={source} label={label}>
    <DataTable bulkActionButtons={false} rowClick={false} empty={<EmptyText message="klch.empty.parties" />}>
      <DataTable.Col source="organisationId" label="resources.partnerships.fields.parties.organisationId" disableSort>
        <ReferenceField source="organisationId" reference="organisations" link="show" />
      </DataTable.Col>
      <DataTable.Col source="role" label="resources.partnerships.fields.parties.role" disableSort>
        <SelectField source="role" choices={PARTY_ROLE_CHOICES} />
      </DataTable.Col>
    </DataTable>
  </ArrayField>
);
