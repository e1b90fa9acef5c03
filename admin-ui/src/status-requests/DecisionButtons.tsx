import { decisionVerdict, type StatusRequestRecord } from '@klch/shared';
import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import { Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, useRecordContext, useTranslate } from 'react-admin';
import { staleWords } from './staleWords';
import type { CustomFieldProps } from '../common/fieldProps';
import type { Decision } from './statusRequestsApi';
import { DecisionDialog } from './DecisionDialog';
import { useCurrentUser } from '../common/useCurrentUser';

/**
 * Approve / Reject for one request, only where the shared four-eyes rule (decisionVerdict) allows
 * it: a manager, a pending request, not their own; and no Approve on a stale one (it says why). On their own pending request a manager reads
 * why there are no buttons; everyone else sees nothing. The server enforces the same rule.
 */
export const DecisionButtons = (_props: CustomFieldProps) => {
  const request = useRecordContext<StatusRequestRecord>();
  const user = useCurrentUser();
  const translate = useTranslate();
  const [decision, setDecision] = useState<Decision | null>(null);
  if (!request) return null;
  const verdict = decisionVerdict(user, request);
  if (!verdict.allowed) {
    if (verdict.why === 'own_request' && request.state === 'pending') {
      return (
        <Typography variant="body2" color="text.secondary" data-testid="own-request">
          {translate('resources.status-requests.approvals.ownRequest')}
        </Typography>
      );
    }
    return null;
  }
  // The partnership changed since the request was made: the server would refuse an approval, so none is offered; rejecting still closes it.
  const stale = request.staleSince;
  return (
    <>
      {stale && (
        <Typography variant="body2" color="warning.dark" data-testid="stale-request" sx={{ mb: 1, maxWidth: 360 }}>
          {staleWords(stale, translate)}
        </Typography>
      )}
      <Stack direction="row" spacing={1} onClick={(event) => event.stopPropagation()}>
        {!stale && (
          <Button
            label="resources.status-requests.approvals.action.approve"
            variant="contained"
            color="success"
            onClick={() => setDecision('approve')}
          >
            <CheckIcon />
          </Button>
        )}
        <Button label="resources.status-requests.approvals.action.reject" variant="outlined" color="error" onClick={() => setDecision('reject')}>
          <CloseIcon />
        </Button>
      </Stack>
      {decision && <DecisionDialog request={request} decision={decision} onClose={() => setDecision(null)} />}
    </>
  );
};
