import { Typography } from '@mui/material';
import { type RaRecord, useRecordContext, useTranslate } from 'react-admin';
import type { CustomFieldProps } from './fieldProps';
import { formatDateTime } from './formatDateTime';

/**
 * An instant (an API timestamp) on Kuala Lumpur's clock with the zone named (27/11/2026 14:05 MYT),
 * whatever the browser's zone: react-admin's DateField writes the browser's local time, unnamed.
 * `emptyText` (a translation key) when there is none.
 */
export const DateTimeField = ({ source, emptyText }: CustomFieldProps & { source: string; emptyText?: string }) => {
  const record = useRecordContext<RaRecord>();
  const translate = useTranslate();
  const value = record?.[source] as string | null | undefined;
  if (!value)
    return emptyText ? (
      <Typography component="span" variant="body2">
        {translate(emptyText, { _: emptyText })}
      </Typography>
    ) : null;
  return (
    <Typography component="span" variant="body2">
      {formatDateTime(value)}
    </Typography>
  );
};
