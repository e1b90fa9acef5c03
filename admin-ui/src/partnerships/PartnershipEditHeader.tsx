import type { PartnershipRecord } from '@klch/shared';
import { Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { StatusChip } from '../common/StatusChip';

/**
 * Code and status are not editable here (the server generates the code; status changes need
 * approval), but the officer should see which record and which status they are editing.
 */
export const PartnershipEditHeader = () => {
  const record = useRecordContext<PartnershipRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Stack direction="row" spacing={2} alignItems="center" sx={{ mb: 1 }}>
      <Typography variant="subtitle1" component="span" sx={{ fontWeight: 500 }}>
        {record.code}
      </Typography>
      <StatusChip />
      <Typography variant="caption" color="text.secondary">
        {translate('resources.partnerships.helper.status')}
      </Typography>
    </Stack>
  );
};
