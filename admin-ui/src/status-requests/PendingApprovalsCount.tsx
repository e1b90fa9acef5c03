import { Chip } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import { useCurrentUser } from '../common/useCurrentUser';

/**
 * Beside the menu's "Approvals": how many requests of others wait for a decision (the dashboard's
 * pending_approvals filter). The live stream refetches it whenever a request changes.
 */
export const PendingApprovalsCount = () => {
  const translate = useTranslate();
  const user = useCurrentUser();
  const { total } = useGetList(
    'status-requests',
    { filter: { state: 'pending', notRequestedBy: user?.id }, pagination: { page: 1, perPage: 1 }, sort: { field: 'requestedAt', order: 'ASC' } },
    { enabled: !!user },
  );
  if (!total) return null;
  return (
    <Chip
      size="small"
      color="warning"
      label={total}
      aria-label={translate('resources.status-requests.approvals.waiting', { smart_count: total })}
      data-testid="pending-approvals-count"
      sx={{ ml: 1, height: 20 }}
    />
  );
};
