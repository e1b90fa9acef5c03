import type { OrganisationRecord } from '@klch/shared';
import { type Theme, useMediaQuery } from '@mui/material';
import { useMemo } from 'react';
import { DataTable, List, ReferenceField, SelectField, SimpleList, useLocaleState, useTranslate } from 'react-admin';
import { ORGANISATION_TYPE_CHOICES, vocabularyKey } from '../common/choices';
import { CountryField } from '../common/CountryField';
import { countryName } from '../common/countries';
import { organisationExporter } from './organisationExporter';
import { organisationFilters } from './organisationFilters';

/** At phone width, one line per organisation (name; type; city and country) rather than a table that scrolls sideways. */
const PhoneList = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <SimpleList<OrganisationRecord>
      primaryText={(record) => record.name}
      secondaryText={(record) => [record.city, countryName(record.country, locale)].filter(Boolean).join(', ')}
      tertiaryText={(record) => translate(vocabularyKey('organisationType', record.type), { _: record.type })}
      rowClick="show"
    />
  );
};

export const OrganisationList = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const isPhone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  // The CSV in the reader's language: labels and names, not codes and ids.
  const exporter = useMemo(() => organisationExporter(translate, locale), [translate, locale]);
  return (
    <List sort={{ field: 'name', order: 'ASC' }} perPage={25} filters={organisationFilters} exporter={exporter}>
      {isPhone ? (
        <PhoneList />
      ) : (
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="name" />
          <DataTable.Col source="type">
            <SelectField source="type" choices={ORGANISATION_TYPE_CHOICES} />
          </DataTable.Col>
          <DataTable.Col source="country" field={CountryField} />
          <DataTable.Col source="city" />
          <DataTable.Col source="parentId" disableSort>
            <ReferenceField source="parentId" reference="organisations" link={false} />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
};
