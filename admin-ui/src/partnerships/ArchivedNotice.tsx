import type { PartnershipRecord } from '@klch/shared';
import { Alert } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { formatDayOf } from '../common/formatDateTime';

/** Says plainly that a record is archived: its page still opens from links and "Include archived". */
export const ArchivedNotice = () => {
  const record = useRecordContext<PartnershipRecord>();
  const translate = useTranslate();
  if (!record?.archivedAt) return null;
  const date = formatDayOf(record.archivedAt);
  return (
    <Alert severity="info" sx={{ mb: 2 }} data-testid="archived-notice">
      {translate('klch.archived.banner', { date })}
    </Alert>
  );
};
