import { ArrayInput, AutocompleteInput, ReferenceInput, SelectInput, SimpleFormIterator, required } from 'react-admin';
import { PARTY_ROLE_CHOICES } from '../common/choices';

/** The organisations party to the partnership, each with its role (counterpart, funder, …). */
export const PartiesInput = () => (
  <ArrayInput source="parties" label={false}>
    <SimpleFormIterator inline disableReordering>
      <ReferenceInput source="organisationId" reference="organisations" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput
          label="resources.partnerships.fields.parties.organisationId"
          optionText="name"
          filterToQuery={(q: string) => ({ q })}
          validate={required()}
          sx={{ minWidth: 320 }}
        />
      </ReferenceInput>
      <SelectInput
        source="role"
        label="resources.partnerships.fields.parties.role"
        choices={PARTY_ROLE_CHOICES}
        defaultValue="counterpart"
        validate={required()}
      />
    </SimpleFormIterator>
  </ArrayInput>
);
