import { Box } from '@mui/material';
import { AutocompleteInput, ReferenceInput, SelectInput, TextArrayInput, TextInput, required, useRecordContext } from 'react-admin';
import { ORGANISATION_TYPE_CHOICES } from '../common/choices';
import { CountryInput } from '../common/CountryInput';

/** The form body shared by create and edit. */
export const OrganisationInputs = () => {
  const record = useRecordContext();
  return (
    <Box sx={{ width: '100%', maxWidth: 800 }}>
      <TextInput source="name" validate={required()} fullWidth />
      <TextArrayInput source="aliases" helperText="resources.organisations.helper.aliases" fullWidth />
      <SelectInput source="type" choices={ORGANISATION_TYPE_CHOICES} validate={required()} sx={{ minWidth: 300 }} />
      <CountryInput source="country" validate={required()} sx={{ minWidth: 300 }} />
      <TextInput source="city" />
      <ReferenceInput source="parentId" reference="organisations" sort={{ field: 'name', order: 'ASC' }}>
        {/* Offering the organisation itself as its parent would only earn a server refusal. */}
        <AutocompleteInput
          optionText="name"
          filterToQuery={(q: string) => ({ q })}
          getOptionDisabled={(option: { id?: unknown }) => record?.id != null && option?.id === record.id}
          fullWidth
        />
      </ReferenceInput>
      <TextInput source="website" type="url" fullWidth />
      <TextInput source="notes" multiline minRows={3} fullWidth />
    </Box>
  );
};
