import { Box } from '@mui/material';
import { AutocompleteInput, NumberInput, ReferenceInput, SelectInput, TextArrayInput, TextInput, required, useRecordContext } from 'react-admin';
import { ORGANISATION_TYPE_CHOICES } from '../common/choices';
import { CountryInput } from '../common/CountryInput';
import { validateCoordinate } from './coordinateValidation';

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
      {/* Where the partners' map places it: both or neither, checked on save as the server does. */}
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <NumberInput source="latitude" validate={validateCoordinate('latitude')} helperText="resources.organisations.helper.latitude" />
        <NumberInput source="longitude" validate={validateCoordinate('longitude')} helperText="resources.organisations.helper.longitude" />
      </Box>
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
