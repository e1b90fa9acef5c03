import { canDecide, type StatusRequestRecord } from '@klch/shared';
import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import { Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, useRecordContext, useTranslate } from 'react-admin';
import type { CustomFieldProps } from '../common/fieldProps';
import type { Decision } from './approvalsApi';
import { DecisionDialog } from './DecisionDialog';
import { useCurrentUser } from './useCurrentUser';

/**
 * Approve / Reject for one request, only where the shared four-eyes rule allows it: a manager,
 * a pending request, not their own. On their own request a manager reads why there are no
 * buttons; everyone else sees nothing. The server enforces the same rule regardless.
 */
export const DecisionButtons = (_props: CustomFieldProps) => {
  const request = useRecordContext<StatusRequestRecord>();
  const user = useCurrentUser();
  const translate = useTranslate();
  const [decision, setDecision] = useState<Decision | null>(null);
  if (!request) return null;
  if (!canDecide(user, request)) {
    if (user?.role === 'manager' && request.state === 'pending' && request.requestedById === user.id) {
      return (
        <Typography variant="body2" color="text.secondary" data-testid="own-request">
          {translate('resources.status-requests.approvals.ownRequest')}
        </Typography>
      );
    }
    return null;
  }
  return (
    <>
      <Stack direction="row" spacing={1} onClick={(event) => event.stopPropagation()}>
        <Button
          label="resources.status-requests.approvals.action.approve"
          variant="contained"
          color="success"
          onClick={() => setDecision('approve')}
        >
          <CheckIcon />
        </Button>
        <Button
          label="resources.status-requests.approvals.action.reject"
          variant="outlined"
          color="error"
          onClick={() => setDecision('reject')}
        >
          <CloseIcon />
        </Button>
      </Stack>
      {decision && <DecisionDialog request={request} decision={decision} onClose={() => setDecision(null)} />}
    </>
  );
};
