import {
  allowedTransitions,
  todayInKualaLumpur,
  transitionRequirements,
  type PartnershipRecord,
  type PartnershipStatus,
  type StatusRequestRecord,
} from '@klch/shared';
import { Alert, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import {
  Button,
  Form,
  FormDataConsumer,
  RadioButtonGroupInput,
  RecordContextProvider,
  SaveButton,
  TextInput,
  required,
  useCreate,
  useLocaleState,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { vocabularyKey } from '../common/choices';
import { DateInput } from '../common/DateInput';
import { titleIn } from '../common/partnershipTitle';
import { fieldErrorsOf, serverMessage } from '../common/serverErrors';
import { StatusChip } from '../common/StatusChip';
import { readStoredUser } from '../common/userStore';
import { statusRequestPayload, type StatusChangeValues } from './statusRequestPayload';

interface StatusChangeDialogProps {
  record: PartnershipRecord;
  onClose: () => void;
}

const label = (field: string) => `resources.status-requests.change.fields.${field}`;

/**
 * The request form: only the targets the shared lifecycle allows from the current status, and the
 * inputs the chosen target needs (shared transitionRequirements: a reason for halted, terminated
 * and cancelled; signedOn for active; nextReviewOn for halted). Pessimistic: the dialog stays
 * open until the server has the request. Its refusals show inside the dialog: the message on
 * top (409 "already a pending request", 422 why), field errors beside the inputs.
 */
export const StatusChangeDialog = ({ record, onClose }: StatusChangeDialogProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const refresh = useRefresh();
  const [create] = useCreate<StatusRequestRecord>();
  const [serverError, setServerError] = useState<string | null>(null);

  const targets = allowedTransitions(record.status);
  const choices = targets.map((code) => ({ id: code, name: vocabularyKey('status', code) }));
  // A form of its own, not the partnership's fields: only what a request carries.
  const defaults = useMemo<StatusChangeValues>(
    () => ({ toStatus: targets.length === 1 ? targets[0] : null, reason: '', effectiveDate: todayInKualaLumpur() }),
    [targets],
  );

  const submit = async (values: StatusChangeValues) => {
    setServerError(null);
    try {
      await create(
        'status-requests',
        { data: statusRequestPayload(Number(record.id), values) },
        { mutationMode: 'pessimistic', returnPromise: true },
      );
    } catch (error) {
      setServerError(serverMessage(error));
      // The message is on top of the dialog; the fields go beside their inputs.
      const fields = fieldErrorsOf(error);
      return Object.keys(fields).length ? fields : undefined;
    }
    // A 401 resolves too, once react-admin has signed the user out: then there is nothing to announce.
    if (!readStoredUser()) return undefined;
    notify('resources.status-requests.change.notifications.requested', { type: 'success' });
    onClose();
    // The pending banner, the button and the partnership are all read again.
    refresh();
    return undefined;
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="status-change-title">
      <DialogTitle id="status-change-title">
        {translate('resources.status-requests.change.title', { partnership: titleIn(locale, record) })}
      </DialogTitle>
      <Form record={defaults} onSubmit={submit} disableInvalidFormNotification>
        <DialogContent sx={{ pt: 0 }}>
          <Stack spacing={1} sx={{ mb: 2 }}>
            <Typography variant="body2" color="text.secondary">
              {translate('resources.status-requests.change.intro')}
            </Typography>
            <Stack direction="row" spacing={1} alignItems="center">
              <Typography variant="body2">{translate('resources.status-requests.change.currentStatus')}:</Typography>
              <RecordContextProvider value={record}>
                <StatusChip />
              </RecordContextProvider>
            </Stack>
          </Stack>
          {serverError && (
            <Alert severity="error" sx={{ mb: 2 }} data-testid="status-change-error">
              {serverError}
            </Alert>
          )}
          <RadioButtonGroupInput source="toStatus" label={label('toStatus')} choices={choices} validate={required()} />
          <FormDataConsumer<StatusChangeValues>>
            {({ formData }) => {
              const to = formData.toStatus as PartnershipStatus | null | undefined;
              const needs = to ? transitionRequirements(to) : [];
              const reasonRequired = needs.includes('reason');
              return (
                <>
                  {/* Keyed by whether it is required, so the rule changes with the target. */}
                  <TextInput
                    key={reasonRequired ? 'reason-required' : 'reason-optional'}
                    source="reason"
                    label={label('reason')}
                    helperText="resources.status-requests.change.helper.reason"
                    validate={reasonRequired ? required() : undefined}
                    multiline
                    minRows={2}
                    fullWidth
                  />
                  <DateInput source="effectiveDate" label={label('effectiveDate')} />
                  {needs.includes('signedOn') && (
                    <DateInput
                      source="signedOn"
                      label={label('signedOn')}
                      helperText="resources.status-requests.change.helper.signedOn"
                      validate={required()}
                    />
                  )}
                  {needs.includes('nextReviewOn') && (
                    <DateInput
                      source="nextReviewOn"
                      label={label('nextReviewOn')}
                      helperText="resources.status-requests.change.helper.nextReviewOn"
                      validate={required()}
                    />
                  )}
                </>
              );
            }}
          </FormDataConsumer>
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={onClose} />
          <SaveButton label="resources.status-requests.change.submit" alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
};
