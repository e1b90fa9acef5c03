import type { PartnershipRecord, StatusRequestRecord } from '@klch/shared';
import { Alert, Button, Typography } from '@mui/material';
import { useGetList, useRecordContext, useStore, useTranslate } from 'react-admin';
import { vocabularyKey } from '../common/choices';
import { formatDayOf } from '../common/formatDateTime';

const key = (name: string) => `resources.status-requests.change.rejected.${name}`;

/**
 * When the partnership's latest request was rejected (and none is pending): who rejected it, when,
 * and their comment, on the partnership itself, so a rejection is not lost — until the reader
 * dismisses it. Dismissed requests are kept in react-admin's store (this browser); the rejection
 * stays in the status history's "not applied" list and in My requests for good.
 */
export const RejectedRequestBanner = () => {
  const record = useRecordContext<PartnershipRecord>();
  const translate = useTranslate();
  const [dismissed, setDismissed] = useStore<number[]>('status-requests.dismissedRejections', []);
  const { data } = useGetList<StatusRequestRecord>(
    'status-requests',
    { filter: { partnershipId: record?.id }, pagination: { page: 1, perPage: 1 }, sort: { field: 'requestedAt', order: 'DESC' } },
    { enabled: record?.id != null },
  );
  const latest = data?.[0];
  if (!record || !latest || latest.state !== 'rejected' || dismissed.includes(latest.id)) return null;
  return (
    <Alert
      severity="error"
      sx={{ mb: 2 }}
      data-testid="rejected-status-request"
      action={
        <Button color="inherit" size="small" onClick={() => setDismissed([...dismissed, latest.id].slice(-200))}>
          {translate(key('dismiss'))}
        </Button>
      }
    >
      {translate(key('banner'), {
        by: latest.decidedByName ?? '?',
        to: translate(vocabularyKey('status', latest.toStatus), { _: latest.toStatus }),
        date: latest.decidedAt ? formatDayOf(latest.decidedAt) : '',
      })}
      {latest.comment && (
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          {translate(key('comment'), { comment: latest.comment })}
        </Typography>
      )}
    </Alert>
  );
};
