import type { MilestoneRecord } from '@klch/shared';
import DoneIcon from '@mui/icons-material/Done';
import { Button, useNotify, useRecordContext, useUpdate } from 'react-admin';
import { isConflictError } from '../common/serverErrors';
import { whileSignedIn } from '../common/useDataProviderMutation';
import { useNotifyServerError } from '../common/useNotifyServerError';
import { useSaveErrorHandler } from '../common/useSaveErrorHandler';

/**
 * Completes one milestone. Pessimistic: the server may refuse (someone else changed the milestone,
 * 409), and the row must not show "done" before it agrees. Only the status and the version read
 * are sent: absent fields stay as they are, and the server records who completed it and when.
 * The caller decides who sees the button (officers and managers, partnership not archived).
 */
export const MarkDoneButton = () => {
  const record = useRecordContext<MilestoneRecord>();
  const notify = useNotify();
  // The edit pages' handler: a 409 keeps the server's sentence on screen with a Reload action.
  const onConflict = useSaveErrorHandler();
  const notifyServerError = useNotifyServerError();
  const [update, { isPending }] = useUpdate<MilestoneRecord>();
  if (!record || record.status === 'done' || record.status === 'cancelled') return null;

  const markDone = () =>
    update(
      'milestones',
      { id: record.id, data: { status: 'done', version: record.version }, previousData: record },
      {
        mutationMode: 'pessimistic',
        // The answer replaces the row in the cache (status, completedOn, overdue), no refetch needed.
        onSuccess: whileSignedIn(() => notify('resources.milestones.notifications.done', { type: 'success' })),
        onError: (error) => {
          if (isConflictError(error)) onConflict(error);
          else notifyServerError(error);
        },
      },
    );

  return (
    <Button label="resources.milestones.action.markDone" onClick={markDone} disabled={isPending} size="small">
      <DoneIcon />
    </Button>
  );
};
