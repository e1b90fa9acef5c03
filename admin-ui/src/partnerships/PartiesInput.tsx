import { ArrayInput, AutocompleteInput, ReferenceInput, SelectInput, SimpleFormIterator, required } from 'react-admin';
import { PARTY_ROLE_CHOICES } from '../common/choices';
import { NewOrganisationDialog } from '../organisations';

/**
 * The organisations party to the partnership, each with its role (counterpart, funder, …). A
 * partner not yet known is created from the picker ("Create …"), in a dialog over this form.
 */
export const PartiesInput = () => (
  <ArrayInput source="parties" label={false}>
    <SimpleFormIterator inline disableReordering>
      <ReferenceInput source="organisationId" reference="organisations" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput
          label="resources.partnerships.fields.parties.organisationId"
          optionText="name"
          filterToQuery={(q: string) => ({ q })}
          validate={required()}
          create={<NewOrganisationDialog />}
          createItemLabel="resources.organisations.create.action"
          createLabel="resources.organisations.create.hint"
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
