import { Typography, type TypographyProps } from '@mui/material';
import { type RaRecord, useRecordContext, useTranslate } from 'react-admin';
import type { CustomFieldProps } from './fieldProps';
import { formatDateTime } from './formatDateTime';

/**
 * An instant (an API timestamp) on Kuala Lumpur's clock with the zone named (27/11/2026 14:05 MYT),
 * whatever the browser's zone: react-admin's DateField writes the browser's local time, unnamed.
 * `emptyText` (a translation key) when there is none; `variant` and `color` as Typography's.
 */
export const DateTimeField = ({
  source,
  emptyText,
  variant = 'body2',
  color,
}: CustomFieldProps & { source: string; emptyText?: string } & Pick<TypographyProps, 'variant' | 'color'>) => {
  const record = useRecordContext<RaRecord>();
  const translate = useTranslate();
  const value = record?.[source] as string | null | undefined;
  if (!value && !emptyText) return null;
  return (
    <Typography component="span" variant={variant} color={color}>
      {value ? formatDateTime(value) : translate(emptyText as string, { _: emptyText })}
    </Typography>
  );
};
