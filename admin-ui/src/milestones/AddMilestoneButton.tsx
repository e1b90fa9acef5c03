import AddIcon from '@mui/icons-material/Add';
import { Dialog, DialogTitle } from '@mui/material';
import { useState } from 'react';
import { Button, CreateBase, SimpleForm, useNotify, useRefresh, useTranslate } from 'react-admin';
import { hasFieldErrors } from '../common/serverErrors';
import { whileSignedIn } from '../common/useDataProviderMutation';
import { useNotifyServerError } from '../common/useNotifyServerError';
import { DialogToolbar } from './DialogToolbar';
import { MilestoneInputs } from './MilestoneInputs';

/**
 * "Add milestone" on the partnership page: a small create form in a dialog, so the officer stays on
 * the Milestones tab. A plain create of the milestones resource with the partnership's id; the
 * server sets status planned. Field errors from the server land beside the inputs (react-admin's
 * create controller returns them to the form), anything else is notified.
 */
export const AddMilestoneButton = ({ partnershipId }: { partnershipId: number }) => {
  const [open, setOpen] = useState(false);
  const translate = useTranslate();
  const notify = useNotify();
  const notifyServerError = useNotifyServerError();
  const refresh = useRefresh();
  const close = () => setOpen(false);

  return (
    <>
      <Button label="resources.milestones.action.add" onClick={() => setOpen(true)} variant="outlined">
        <AddIcon />
      </Button>
      <Dialog open={open} onClose={close} fullWidth maxWidth="sm" aria-labelledby="add-milestone-title">
        <DialogTitle id="add-milestone-title">{translate('resources.milestones.action.add')}</DialogTitle>
        {open && (
          <CreateBase
            resource="milestones"
            redirect={false}
            mutationMode="pessimistic"
            // The partnership is not an input: it is the page the officer is on.
            transform={(data) => ({ ...data, partnershipId })}
            mutationOptions={{
              onSuccess: whileSignedIn(() => {
                close();
                notify('resources.milestones.notifications.created', { type: 'success' });
                // The tab's list is a getManyReference query that a create does not touch.
                refresh();
              }),
              onError: (error) => {
                // The form shows field errors and notifies the server's message itself.
                if (!hasFieldErrors(error)) notifyServerError(error);
              },
            }}
          >
            {/* Empty inputs are left out rather than sent as "" (the server keeps null for them). */}
            <SimpleForm toolbar={<DialogToolbar onCancel={close} />} sanitizeEmptyValues>
              <MilestoneInputs isNew />
            </SimpleForm>
          </CreateBase>
        )}
      </Dialog>
    </>
  );
};
