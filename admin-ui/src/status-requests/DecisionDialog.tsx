import type { PartnershipRecord, StatusRequestRecord } from '@klch/shared';
import {
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  TextField as MuiTextField,
  Typography,
} from '@mui/material';
import { useId, useState, type FormEvent } from 'react';
import { RecordContextProvider, ReferenceField, useDataProvider, useGetOne, useLocaleState, useNotify, useRefresh, useTranslate } from 'react-admin';
import { vocabularyKey } from '../common/choices';
import { formatDateTime } from '../common/formatDateTime';
import { titleIn } from '../common/partnershipTitle';
import { fieldErrorOf } from '../common/serverErrors';
import { StatusChip } from '../common/StatusChip';
import { useDataProviderMutation } from '../common/useDataProviderMutation';
import { useNotifyServerError } from '../common/useNotifyServerError';
import type { Decision, StatusRequestsDataProvider } from './statusRequestsApi';

interface DecisionDialogProps {
  request: StatusRequestRecord;
  decision: Decision;
  onClose: () => void;
}

const key = (name: string) => `resources.status-requests.approvals.${name}`;

/**
 * Confirms one decision with a comment (required to reject: the requester reads it).
 * Pessimistic: nothing changes on screen until the server has answered. A refusal (403 not
 * yours to decide, 409 already decided or stale "review again") is shown as the server words
 * it, and the queue reloads so the manager sees the request as it now is.
 */
export const DecisionDialog = ({ request, decision, onClose }: DecisionDialogProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const notifyServerError = useNotifyServerError();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<StatusRequestsDataProvider>();
  const titleId = useId();
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | null>(null);
  const rejecting = decision === 'reject';
  const status = (code: string) => translate(vocabularyKey('status', code), { _: code });
  // The title names the decision and the partnership ("Approve: Halted — Partnership with Seoul…"), not the request's id.
  const [locale] = useLocaleState();
  const { data: partnership } = useGetOne<PartnershipRecord>('partnerships', { id: request.partnershipId });
  const title = translate(key(`dialog.${rejecting ? 'rejectTitle' : 'approveTitle'}`), {
    status: status(request.toStatus),
    partnership: partnership ? titleIn(locale, partnership) : '…',
  });

  const decide = useDataProviderMutation(() => dataProvider.decideStatusRequest(request.id, decision, comment), {
    onSuccess: () => {
      notify(key(`notification.${rejecting ? 'rejected' : 'approved'}`), { type: 'success', messageArgs: { status: status(request.toStatus) } });
      refresh();
      onClose();
    },
    onError: (error) => {
      // A comment the server refused is corrected in place; every other refusal ends this dialog.
      const onComment = fieldErrorOf(error, 'comment');
      if (onComment) return setCommentError(onComment);
      notifyServerError(error, { multiLine: true, autoHideDuration: 10_000 });
      refresh();
      onClose();
    },
  });
  const pending = decide.isPending;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (rejecting && !comment.trim()) return setCommentError(translate(key('dialog.commentRequired')));
    decide.mutate();
  };

  return (
    <Dialog open onClose={pending ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby={titleId}>
      <RecordContextProvider value={request}>
        <form onSubmit={submit} noValidate>
          <DialogTitle id={titleId}>{title}</DialogTitle>
          <DialogContent>
            <Stack spacing={2}>
              <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap" useFlexGap>
                <ReferenceField source="partnershipId" reference="partnerships" link={false} />
                <StatusChip source="fromStatus" />
                <span aria-hidden>→</span>
                <StatusChip source="toStatus" />
              </Stack>
              {request.reason && <Typography variant="body2">{translate(key('dialog.reason'), { reason: request.reason })}</Typography>}
              <Typography variant="body2" color="text.secondary">
                {translate(key('dialog.requestedBy'), {
                  name: request.requestedByName ?? `#${request.requestedById}`,
                  date: formatDateTime(request.requestedAt),
                })}
              </Typography>
              <MuiTextField
                label={translate('resources.status-requests.fields.comment')}
                value={comment}
                onChange={(event) => {
                  setComment(event.target.value);
                  if (commentError) setCommentError(null);
                }}
                required={rejecting}
                multiline
                minRows={3}
                autoFocus
                disabled={pending}
                error={!!commentError}
                helperText={commentError ?? translate(key(`dialog.${rejecting ? 'rejectHelp' : 'approveHelp'}`))}
                slotProps={{ htmlInput: { maxLength: 2000 } }}
              />
            </Stack>
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose} disabled={pending}>
              {translate('ra.action.cancel')}
            </Button>
            <Button
              type="submit"
              variant="contained"
              color={rejecting ? 'error' : 'success'}
              disabled={pending}
              startIcon={pending ? <CircularProgress size={16} color="inherit" /> : undefined}
            >
              {translate(key(`action.${decision}`))}
            </Button>
          </DialogActions>
        </form>
      </RecordContextProvider>
    </Dialog>
  );
};
