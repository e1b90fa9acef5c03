import type { MilestoneRecord } from '@klch/shared';
import EditIcon from '@mui/icons-material/Edit';
import { Dialog, DialogTitle, IconButton, Tooltip } from '@mui/material';
import { useState } from 'react';
import { EditBase, SimpleForm, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { whileSignedIn } from '../common/useDataProviderMutation';
import { useSaveErrorHandler } from '../common/useSaveErrorHandler';
import { DialogToolbar } from './DialogToolbar';
import { MilestoneInputs } from './MilestoneInputs';

/**
 * "Edit" on a milestone row: its title, kind, due date, status (cancel it there, or below with
 * CancelMilestoneButton) and notes, in a dialog over the Milestones tab. Pessimistic with the
 * version read: a 409 (someone saved it since) keeps the dialog and offers Reload; field errors
 * land beside the inputs. The caller decides who sees it (officers and managers, partnership open).
 */
export const EditMilestoneButton = () => {
  const record = useRecordContext<MilestoneRecord>();
  const [open, setOpen] = useState(false);
  const translate = useTranslate();
  const notify = useNotify();
  const onError = useSaveErrorHandler();
  if (!record) return null;
  const close = () => setOpen(false);
  const titleId = `edit-milestone-${record.id}`;

  return (
    <>
      {/* An icon with a tooltip: the row already holds several actions; the name says which milestone. */}
      <Tooltip title={translate('resources.milestones.action.edit')}>
        <IconButton
          aria-label={translate('resources.milestones.action.editNamed', { title: record.title })}
          onClick={() => setOpen(true)}
          size="small"
          color="primary"
        >
          <EditIcon fontSize="small" />
        </IconButton>
      </Tooltip>
      <Dialog open={open} onClose={close} fullWidth maxWidth="sm" aria-labelledby={titleId}>
        <DialogTitle id={titleId}>{translate('resources.milestones.edit.title', { title: record.title })}</DialogTitle>
        {open && (
          <EditBase
            resource="milestones"
            id={record.id}
            redirect={false}
            mutationMode="pessimistic"
            mutationOptions={{
              // The answer replaces the row in the cache (status, completedOn, overdue): no refetch.
              onSuccess: whileSignedIn(() => {
                close();
                notify('resources.milestones.notifications.saved', { type: 'success', messageArgs: { title: record.title } });
              }),
              onError,
            }}
          >
            {/* Emptied inputs are sent as null (the field is cleared), not as "". */}
            <SimpleForm toolbar={<DialogToolbar onCancel={close} />} sanitizeEmptyValues>
              <MilestoneInputs isNew={false} />
            </SimpleForm>
          </EditBase>
        )}
      </Dialog>
    </>
  );
};
