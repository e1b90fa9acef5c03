import { Typography } from '@mui/material';
import { type RaRecord, useRecordContext, useTranslate } from 'react-admin';
import type { CustomFieldProps } from './fieldProps';
import { formatDate } from './formatDateTime';

/**
 * A calendar date as the API stores it (2026-12-31), written 31/12/2026 in both languages. Not
 * react-admin's DateField: it reads "2026-12-31" as midnight UTC and shows the browser's local
 * day, the 30th in any zone west of UTC. `emptyText` (a translation key, or "-") when there is none.
 */
export const CalendarDateField = ({ source, emptyText }: CustomFieldProps & { source: string; emptyText?: string }) => {
  const record = useRecordContext<RaRecord>();
  const translate = useTranslate();
  const value = record?.[source] as string | null | undefined;
  if (!value && !emptyText) return null;
  return (
    <Typography component="span" variant="body2">
      {value ? formatDate(value) : translate(emptyText as string, { _: emptyText })}
    </Typography>
  );
};
