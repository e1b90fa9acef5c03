import type { UserRecord } from '@klch/shared';
import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { CustomFieldProps } from '../common/fieldProps';
import { formatDateTime } from '../common/formatDateTime';

/**
 * Whether failed sign-ins lock the account out now: "Until 27/11/2026 14:20 MYT" or "No". The
 * server answers a lockout only while it lasts; it ends by itself (or with a password reset).
 */
export const LockedField = (_props: CustomFieldProps) => {
  const record = useRecordContext<UserRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Typography component="span" variant="body2" color={record.lockedUntil ? 'error' : undefined}>
      {record.lockedUntil
        ? translate('resources.users.locked.until', { date: formatDateTime(record.lockedUntil) })
        : translate('resources.users.locked.no')}
    </Typography>
  );
};
