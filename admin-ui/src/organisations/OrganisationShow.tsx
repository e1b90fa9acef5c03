import { Box } from '@mui/material';
import { BooleanField, NumberField, ReferenceField, SelectField, Show, SimpleShowLayout, TextArrayField, TextField, UrlField } from 'react-admin';
import { ORGANISATION_TYPE_CHOICES } from '../common/choices';
import { CountryField } from '../common/CountryField';
import { DemoDataNotice } from '../common/DemoDataNotice';
import { OrganisationPartnerships } from './OrganisationPartnerships';
import { DateTimeField } from '../common/DateTimeField';

const COORDINATE_FORMAT = { maximumFractionDigits: 6 };

export const OrganisationShow = () => (
  <Show>
    <Box sx={{ px: 2, pt: 2 }}>
      <DemoDataNotice />
    </Box>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextArrayField source="aliases" emptyText="-" />
      <SelectField source="type" choices={ORGANISATION_TYPE_CHOICES} />
      <CountryField source="country" />
      <TextField source="city" emptyText="-" />
      {/* Up to six decimals (about 10 cm), as typed: the default three would move a city by 100 m. */}
      <NumberField source="latitude" options={COORDINATE_FORMAT} emptyText="-" />
      <NumberField source="longitude" options={COORDINATE_FORMAT} emptyText="-" />
      <ReferenceField source="parentId" reference="organisations" link="show" emptyText="-" />
      <UrlField source="website" target="_blank" rel="noopener noreferrer" emptyText="-" />
      <TextField source="notes" emptyText="-" sx={{ whiteSpace: 'pre-line' }} />
      <OrganisationPartnerships label="resources.organisations.partnerships.title" />
      {/* No version number: it is the server's bookkeeping for concurrent edits, not something a reader needs. */}
      <BooleanField source="isDemoData" />
      <DateTimeField source="createdAt" />
      <DateTimeField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
