import { BooleanInput, SelectArrayInput, SelectInput } from 'react-admin';
import { CATEGORY_CHOICES, INSTRUMENT_CHOICES, STATUS_CHOICES } from '../common/choices';
import { CountryInput } from '../common/CountryInput';
import { QuickSearchInput } from '../common/QuickSearchInput';
import { MyPartnershipsFilter } from './MyPartnershipsFilter';

/**
 * Filters of the partnership list, by API filter name. Search, status, country, "Include archived"
 * and (for officers and managers) "My partnerships" are always visible; category and instrument
 * come from "Add filter".
 * `country` matches a partnership when any of its parties is in that country.
 */
export const partnershipFilters = [
  <QuickSearchInput key="q" source="q" alwaysOn />,
  <SelectArrayInput key="status" source="status" choices={STATUS_CHOICES} alwaysOn sx={{ minWidth: 200 }} />,
  <CountryInput key="country" source="country" alwaysOn sx={{ minWidth: 240 }} />,
  // Adds the archived partnerships to the list (the server's includeArchived), rather than showing only them.
  <BooleanInput key="includeArchived" source="includeArchived" alwaysOn />,
  <MyPartnershipsFilter key="ownerId" source="ownerId" alwaysOn />,
  <SelectInput key="category" source="category" choices={CATEGORY_CHOICES} />,
  <SelectInput key="instrument" source="instrument" choices={INSTRUMENT_CHOICES} />,
];
