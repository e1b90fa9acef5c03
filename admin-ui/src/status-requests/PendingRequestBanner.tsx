import { canDecide, canWithdraw, type PartnershipRecord, type StatusRequestRecord } from '@klch/shared';
import { Alert, Button, Typography } from '@mui/material';
import { Link, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { statusRequestPayload } from './statusRequestPayload';
import { staleWords } from './staleWords';
import { vocabularyKey } from '../common/choices';
import { useCurrentUser } from '../common/useCurrentUser';
import { useDataProviderMutation } from '../common/useDataProviderMutation';
import { useNotifyServerError } from '../common/useNotifyServerError';
import { formatDayOf } from '../common/formatDateTime';
import type { StatusRequestsDataProvider } from './statusRequestsApi';
import { usePendingStatusRequest } from './usePendingStatusRequest';

const key = (name: string) => `resources.status-requests.change.${name}`;

/** The requester takes the request back. Pessimistic: the banner goes only once the server agrees. */
const WithdrawButton = ({ request }: { request: StatusRequestRecord }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const notifyServerError = useNotifyServerError();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<StatusRequestsDataProvider>();
  const withdraw = useDataProviderMutation(() => dataProvider.withdrawStatusRequest(request.id), {
    onSuccess: () => notify(key('notifications.withdrawn'), { type: 'success' }),
    // Typically 409: a manager decided it meanwhile; the refresh shows the outcome.
    onError: (error) => notifyServerError(error, { multiLine: true }),
    onSettled: () => refresh(),
  });
  return (
    <Button color="inherit" size="small" onClick={() => withdraw.mutate()} disabled={withdraw.isPending}>
      {translate(key('pending.withdraw'))}
    </Button>
  );
};

/**
 * For the requester of a request gone stale: take it back and ask for the same change again, on the
 * partnership as it is now (a new request, made on the current version, that a manager can approve).
 */
const RequestAgainButton = ({ request }: { request: StatusRequestRecord }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const notifyServerError = useNotifyServerError();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<StatusRequestsDataProvider>();
  const again = useDataProviderMutation(
    async () => {
      await dataProvider.withdrawStatusRequest(request.id);
      return dataProvider.create('status-requests', { data: statusRequestPayload(request.partnershipId, request) });
    },
    {
      onSuccess: () => notify(key('pending.requestedAgain'), { type: 'success' }),
      onError: (error) => notifyServerError(error, { multiLine: true }),
      onSettled: () => refresh(),
    },
  );
  return (
    <Button color="inherit" size="small" onClick={() => again.mutate()} disabled={again.isPending}>
      {translate(key('pending.requestAgain'))}
    </Button>
  );
};

/**
 * Says that a status change is waiting for a manager, to everyone who opens the partnership.
 * The requester may withdraw it (shared canWithdraw), and ask again when it has gone stale; a
 * manager who may decide it (shared canDecide: never their own) gets a way to the approval queue.
 * Deciding happens there only. A stale request says in words what changed since it was made.
 */
export const PendingRequestBanner = () => {
  const record = useRecordContext<PartnershipRecord>();
  const translate = useTranslate();
  const user = useCurrentUser();
  const { pending } = usePendingStatusRequest(record ? Number(record.id) : undefined);
  if (!record || !pending) return null;

  const mine = canWithdraw(user, pending);
  const action = mine ? (
    <>
      {pending.staleSince && <RequestAgainButton request={pending} />}
      <WithdrawButton request={pending} />
    </>
  ) : canDecide(user, pending) ? (
    <Button color="inherit" size="small" component={Link} to="/status-requests">
      {translate(key('pending.review'))}
    </Button>
  ) : null;

  return (
    <Alert severity={pending.staleSince ? 'warning' : 'info'} sx={{ mb: 2 }} action={action} data-testid="pending-status-request">
      {translate(key('pending.banner'), {
        to: translate(vocabularyKey('status', pending.toStatus), { _: pending.toStatus }),
        by: pending.requestedByName ?? '?',
        date: formatDayOf(pending.requestedAt),
      })}
      {pending.reason && (
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          {translate(key('pending.reason'), { reason: pending.reason })}
        </Typography>
      )}
      {pending.staleSince && (
        <Typography variant="body2" sx={{ mt: 0.5 }} data-testid="stale-request">
          {staleWords(pending.staleSince, translate)}
        </Typography>
      )}
    </Alert>
  );
};
