import type { MilestoneRecord } from '@klch/shared';
import EventBusyIcon from '@mui/icons-material/EventBusy';
import { IconButton, Tooltip } from '@mui/material';
import { useState } from 'react';
import { Confirm, useNotify, useRecordContext, useTranslate, useUpdate } from 'react-admin';
import { isConflictError } from '../common/serverErrors';
import { whileSignedIn } from '../common/useDataProviderMutation';
import { useNotifyServerError } from '../common/useNotifyServerError';
import { useSaveErrorHandler } from '../common/useSaveErrorHandler';

/**
 * Calls a milestone off: its status becomes cancelled, and it stays on the tab and in the trail
 * (officers end milestones this way; deleting one is a manager's call). Confirmed first, naming
 * the milestone; pessimistic with the version read, so a 409 says who changed it, with Reload.
 * The caller decides who sees it (officers and managers, partnership open).
 */
export const CancelMilestoneButton = () => {
  const record = useRecordContext<MilestoneRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const onConflict = useSaveErrorHandler();
  const notifyServerError = useNotifyServerError();
  const [asking, setAsking] = useState(false);
  const [update, { isPending }] = useUpdate<MilestoneRecord>();
  if (!record || record.status === 'done' || record.status === 'cancelled') return null;

  const cancel = () =>
    update(
      'milestones',
      { id: record.id, data: { status: 'cancelled', version: record.version }, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: whileSignedIn(() => {
          setAsking(false);
          notify('resources.milestones.notifications.cancelled', { type: 'success', messageArgs: { title: record.title } });
        }),
        onError: (error) => {
          setAsking(false);
          if (isConflictError(error)) onConflict(error);
          else notifyServerError(error);
        },
      },
    );

  return (
    <>
      {/* An icon with a tooltip: the row already holds several actions; the name says which milestone. */}
      <Tooltip title={translate('resources.milestones.action.cancel')}>
        <IconButton
          aria-label={translate('resources.milestones.action.cancelNamed', { title: record.title })}
          onClick={() => setAsking(true)}
          disabled={isPending}
          size="small"
          color="primary"
        >
          <EventBusyIcon fontSize="small" />
        </IconButton>
      </Tooltip>
      <Confirm
        isOpen={asking}
        loading={isPending}
        title="resources.milestones.message.cancel_title"
        titleTranslateOptions={{ title: record.title }}
        content="resources.milestones.message.cancel_content"
        confirm="resources.milestones.action.confirmCancel"
        cancel="resources.milestones.action.keep"
        onConfirm={cancel}
        onClose={() => setAsking(false)}
      />
    </>
  );
};
