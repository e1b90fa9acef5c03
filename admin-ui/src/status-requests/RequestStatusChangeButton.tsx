import { isFinalStatus, type PartnershipRecord } from '@klch/shared';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import { Tooltip } from '@mui/material';
import { useState } from 'react';
import { Button, useRecordContext, useTranslate } from 'react-admin';
import { useRoleCan } from '../common/useRoleCan';
import { StatusChangeDialog } from './StatusChangeDialog';
import { usePendingStatusRequest } from './usePendingStatusRequest';

/**
 * "Request status change" in the show page's toolbar, for those who may ask (officers and
 * managers). Not offered for an archived partnership or one whose status is final (nothing to
 * change to); disabled while a request waits for a manager, since the server allows one at a
 * time (the banner says which).
 */
export const RequestStatusChangeButton = () => {
  const record = useRecordContext<PartnershipRecord>();
  const translate = useTranslate();
  const canRequest = useRoleCan('create', 'status-requests');
  const { pending, isPending } = usePendingStatusRequest(record ? Number(record.id) : undefined);
  const [open, setOpen] = useState(false);
  if (!record || !canRequest || record.archivedAt || isFinalStatus(record.status)) return null;

  return (
    <>
      <Tooltip title={pending ? translate('resources.status-requests.change.pending.disabled') : ''}>
        {/* A disabled button takes no pointer events: the span lets the tooltip explain why. */}
        <span>
          <Button label="resources.status-requests.change.action" onClick={() => setOpen(true)} disabled={isPending || !!pending}>
            <SwapHorizIcon />
          </Button>
        </span>
      </Tooltip>
      {open && <StatusChangeDialog record={record} onClose={() => setOpen(false)} />}
    </>
  );
};
