import { canDecide, canWithdraw, isRole, type PartnershipRecord, type StatusRequestRecord } from '@klch/shared';
import { Alert, Button, Typography } from '@mui/material';
import { useState } from 'react';
import {
  Link,
  useDataProvider,
  useGetIdentity,
  useLocaleState,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { vocabularyKey } from '../common/choices';
import { serverMessage } from '../common/serverErrors';
import { formatDay } from './dates';
import type { StatusChangeDataProvider } from './statusChangeApi';
import { usePendingStatusRequest } from './usePendingStatusRequest';

/** The requester takes the request back. Pessimistic: the banner goes only once the server agrees. */
const WithdrawButton = ({ request }: { request: StatusRequestRecord }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<StatusChangeDataProvider>();
  const [busy, setBusy] = useState(false);

  const withdraw = async () => {
    setBusy(true);
    try {
      await dataProvider.withdrawStatusRequest(request.id);
      notify('klch.statusChange.notifications.withdrawn', { type: 'success' });
    } catch (error) {
      // (A 401 has already signed the user out: useDataProvider checks every error.)
      // Typically 409: a manager decided it meanwhile; the refresh below shows the outcome.
      const message = serverMessage(error);
      notify(message, { type: 'error', messageArgs: { _: message }, multiLine: true });
    } finally {
      setBusy(false);
      refresh();
    }
  };

  return (
    <Button color="inherit" size="small" onClick={withdraw} disabled={busy}>
      {translate('klch.statusChange.pending.withdraw')}
    </Button>
  );
};

/**
 * Says that a status change is waiting for a manager, to everyone who opens the partnership.
 * The requester may withdraw it (shared canWithdraw); a manager who may decide it (shared
 * canDecide: never their own) gets a way to the approval queue. Deciding happens there only.
 */
export const PendingRequestBanner = () => {
  const record = useRecordContext<PartnershipRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { identity } = useGetIdentity();
  const { pending } = usePendingStatusRequest(record ? Number(record.id) : undefined);
  if (!record || !pending) return null;

  const user = identity && isRole(identity.role) ? { id: Number(identity.id), role: identity.role } : null;
  const action = canWithdraw(user, pending) ? (
    <WithdrawButton request={pending} />
  ) : canDecide(user, pending) ? (
    <Button color="inherit" size="small" component={Link} to="/status-requests">
      {translate('klch.statusChange.pending.review')}
    </Button>
  ) : null;

  return (
    <Alert severity="info" sx={{ mb: 2 }} action={action} data-testid="pending-status-request">
      {translate('klch.statusChange.pending.banner', {
        to: translate(vocabularyKey('status', pending.toStatus), { _: pending.toStatus }),
        by: pending.requestedByName ?? '?',
        date: formatDay(pending.requestedAt, locale),
      })}
      {pending.reason && (
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          {translate('klch.statusChange.pending.reason', { reason: pending.reason })}
        </Typography>
      )}
    </Alert>
  );
};
