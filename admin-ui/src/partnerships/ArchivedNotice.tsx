import type { PartnershipRecord } from '@klch/shared';
import { Alert } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';

/** Says plainly that a record is archived: its page still opens from links and "Include archived". */
export const ArchivedNotice = () => {
  const record = useRecordContext<PartnershipRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record?.archivedAt) return null;
  // Day first, as DateField shows dates elsewhere (see layout/themes.ts).
  const date = new Date(record.archivedAt).toLocaleDateString(locale === 'ms' ? 'ms-MY' : 'en-MY');
  return (
    <Alert severity="info" sx={{ mb: 2 }} data-testid="archived-notice">
      {translate('klch.archived.banner', { date })}
    </Alert>
  );
};
