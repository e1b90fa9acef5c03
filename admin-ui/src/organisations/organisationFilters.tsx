import { SelectInput } from 'react-admin';
import { ORGANISATION_TYPE_CHOICES } from '../common/choices';
import { CountryInput } from '../common/CountryInput';
import { QuickSearchInput } from '../common/QuickSearchInput';

/** `q` searches names and aliases ("TMG" finds Tokyo Metropolitan Government). */
export const organisationFilters = [
  <QuickSearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="type" source="type" choices={ORGANISATION_TYPE_CHOICES} alwaysOn sx={{ minWidth: 220 }} />,
  <CountryInput key="country" source="country" alwaysOn sx={{ minWidth: 240 }} />,
];
