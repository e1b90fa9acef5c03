import type { StatusRequestRecord } from '@klch/shared';
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
import { RecordContextProvider, ReferenceField, useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import { vocabularyKey } from '../common/choices';
import { formatDateTime } from '../common/formatDateTime';
import { hasFieldErrors, serverMessage } from '../common/serverErrors';
import { StatusChip } from '../partnerships/StatusChip';
import type { ApprovalsDataProvider, Decision } from './approvalsApi';

interface DecisionDialogProps {
  request: StatusRequestRecord;
  decision: Decision;
  onClose: () => void;
}

/** The server's reason for a field, e.g. `errors.comment` of a 400/422. */
function fieldError(error: unknown, field: string): string | null {
  const errors = (error as { body?: { errors?: Record<string, unknown> } })?.body?.errors;
  const value = errors?.[field];
  return typeof value === 'string' ? value : null;
}

/**
 * Confirms one decision with a comment (required to reject: the requester reads it).
 * Pessimistic: nothing changes on screen until the server has answered. A refusal (403 not
 * yours to decide, 409 already decided or stale "review again") is shown as the server words
 * it, and the queue reloads so the manager sees the request as it now is.
 */
export const DecisionDialog = ({ request, decision, onClose }: DecisionDialogProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<ApprovalsDataProvider>();
  const titleId = useId();
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const rejecting = decision === 'reject';
  const status = (code: string) => translate(vocabularyKey('status', code), { _: code });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (rejecting && !comment.trim()) {
      setCommentError(translate('resources.status-requests.approvals.dialog.commentRequired'));
      return;
    }
    setPending(true);
    try {
      await dataProvider.decideStatusRequest(request.id, decision, comment);
      notify(`resources.status-requests.approvals.notification.${rejecting ? 'rejected' : 'approved'}`, {
        type: 'success',
        messageArgs: { status: status(request.toStatus) },
      });
      refresh();
      onClose();
    } catch (error) {
      setPending(false);
      // A comment the server refused is corrected in place; every other refusal ends this dialog.
      const onComment = hasFieldErrors(error) ? fieldError(error, 'comment') : null;
      if (onComment) {
        setCommentError(onComment);
        return;
      }
      const message = serverMessage(error);
      notify(message, { type: 'error', messageArgs: { _: message }, multiLine: true, autoHideDuration: 10_000 });
      refresh();
      onClose();
    }
  };

  const title = `resources.status-requests.approvals.dialog.${rejecting ? 'rejectTitle' : 'approveTitle'}`;
  return (
    <Dialog open onClose={pending ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby={titleId}>
      <RecordContextProvider value={request}>
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{translate(title, { id: request.id })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <Stack direction="row" spacing={1} alignItems="center" flexWrap="wrap" useFlexGap>
              <ReferenceField source="partnershipId" reference="partnerships" link={false} />
              <StatusChip source="fromStatus" />
              <span aria-hidden>→</span>
              <StatusChip source="toStatus" />
            </Stack>
            {request.reason && (
              <Typography variant="body2">
                {translate('resources.status-requests.approvals.dialog.reason', { reason: request.reason })}
              </Typography>
            )}
            <Typography variant="body2" color="text.secondary">
              {translate('resources.status-requests.approvals.dialog.requestedBy', {
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
              helperText={
                commentError ??
                translate(`resources.status-requests.approvals.dialog.${rejecting ? 'rejectHelp' : 'approveHelp'}`)
              }
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
            {translate(`resources.status-requests.approvals.action.${decision}`)}
          </Button>
        </DialogActions>
      </form>
      </RecordContextProvider>
    </Dialog>
  );
};
