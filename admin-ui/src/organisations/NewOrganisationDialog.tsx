import type { OrganisationRecord } from '@klch/shared';
import { Alert, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useId, useState, type FormEvent } from 'react';
import {
  Button,
  Form,
  SaveButton,
  SelectInput,
  TextInput,
  required,
  useCreate,
  useCreateSuggestionContext,
  useNotify,
  useTranslate,
} from 'react-admin';
import { ORGANISATION_TYPE_CHOICES } from '../common/choices';
import { CountryInput } from '../common/CountryInput';
import { fieldErrorsOf, serverMessage } from '../common/serverErrors';

interface NewOrganisationValues {
  name: string;
  type: OrganisationRecord['type'] | null;
  country: string | null;
  city: string;
}

/**
 * The `create` element of an organisation autocomplete (a partnership's parties): the partner is
 * not there yet, so it is made here, with the few fields an organisation needs, and chosen at once,
 * without leaving the form being filled in. Its other fields can be added on its own page later.
 * Pessimistic: refusals show inside the dialog, field errors beside the inputs.
 */
export const NewOrganisationDialog = () => {
  const { filter, onCancel, onCreate } = useCreateSuggestionContext();
  const translate = useTranslate();
  const notify = useNotify();
  const titleId = useId();
  const [create] = useCreate<OrganisationRecord>();
  const [serverError, setServerError] = useState<string | null>(null);

  const submit = async (values: Partial<NewOrganisationValues>) => {
    setServerError(null);
    try {
      const record = (await create(
        'organisations',
        { data: { aliases: [], ...values, city: values.city?.trim() ? values.city : null } as Partial<OrganisationRecord> },
        { mutationMode: 'pessimistic', returnPromise: true },
      )) as OrganisationRecord;
      notify('resources.organisations.notifications.created', { type: 'info', messageArgs: { name: record.name } });
      onCreate(record);
    } catch (error) {
      setServerError(serverMessage(error));
      const fields = fieldErrorsOf(error);
      return Object.keys(fields).length ? fields : undefined;
    }
    return undefined;
  };

  return (
    <Dialog open onClose={onCancel} fullWidth maxWidth="sm" aria-labelledby={titleId}>
      {/* The dialog renders in a portal but its events still bubble through React to the
          partnership's form: its own submit must stop here, or it would submit that form too. */}
      <div onSubmit={(event: FormEvent) => event.stopPropagation()}>
        <Form<Partial<NewOrganisationValues>> onSubmit={submit} defaultValues={{ name: filter ?? '', type: null, country: null, city: '' }}>
          <DialogTitle id={titleId}>{translate('resources.organisations.create.title')}</DialogTitle>
          <DialogContent>
            {serverError && (
              <Alert severity="error" sx={{ mb: 2 }}>
                {serverError}
              </Alert>
            )}
            <TextInput source="name" resource="organisations" validate={required()} fullWidth autoFocus />
            <SelectInput source="type" resource="organisations" choices={ORGANISATION_TYPE_CHOICES} validate={required()} fullWidth />
            <CountryInput source="country" resource="organisations" validate={required()} fullWidth />
            <TextInput source="city" resource="organisations" fullWidth />
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={onCancel} />
            <SaveButton label="ra.action.create" alwaysEnable />
          </DialogActions>
        </Form>
      </div>
    </Dialog>
  );
};
