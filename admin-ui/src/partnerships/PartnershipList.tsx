import type { PartnershipRecord } from '@klch/shared';
import { type Theme, useMediaQuery } from '@mui/material';
import { useMemo } from 'react';
import { DataTable, List, SelectField, SimpleList, useLocaleState, useTranslate } from 'react-admin';
import { CATEGORY_CHOICES, INSTRUMENT_CHOICES } from '../common/choices';
import { titleIn } from '../common/partnershipTitle';
import { CounterpartsField } from './CounterpartsField';
import { partnershipExporter } from './partnershipExporter';
import { partnershipFilters } from './partnershipFilters';
import { StatusChip } from '../common/StatusChip';
import { CalendarDateField } from '../common/CalendarDateField';

/** At phone width a table of eight columns would scroll sideways: one line per partnership instead. */
const PhoneList = () => {
  const [locale] = useLocaleState();
  return (
    <SimpleList<PartnershipRecord>
      primaryText={(record) => titleIn(locale, record)}
      secondaryText={(record) => record.code}
      tertiaryText={() => <StatusChip source="status" />}
      rowClick="show"
    />
  );
};

export const PartnershipList = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const isPhone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  // The CSV in the reader's language: labels and names, not codes and ids.
  const exporter = useMemo(() => partnershipExporter(translate, locale), [translate, locale]);
  return (
    <List sort={{ field: 'code', order: 'ASC' }} perPage={25} filters={partnershipFilters} exporter={exporter}>
      {isPhone ? (
        <PhoneList />
      ) : (
        /* No bulk actions: archiving is a deliberate, one-record decision. */
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="code" sx={{ whiteSpace: 'nowrap' }} />
          <DataTable.Col source="title" render={(record: PartnershipRecord) => titleIn(locale, record)} />
          <DataTable.Col source="status" field={StatusChip} />
          <DataTable.Col label="resources.partnerships.fields.counterparts" disableSort>
            <CounterpartsField />
          </DataTable.Col>
          <DataTable.Col source="category">
            <SelectField source="category" choices={CATEGORY_CHOICES} />
          </DataTable.Col>
          <DataTable.Col source="instrument">
            <SelectField source="instrument" choices={INSTRUMENT_CHOICES} />
          </DataTable.Col>
          <DataTable.Col source="signedOn" field={CalendarDateField} />
          <DataTable.Col source="expiresOn" field={CalendarDateField} />
        </DataTable>
      )}
    </List>
  );
};
