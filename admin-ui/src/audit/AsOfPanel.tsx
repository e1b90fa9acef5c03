import HistoryIcon from '@mui/icons-material/History';
import { Alert, Button, Card, CardContent, CardHeader, Stack, TextField as MuiTextField, Typography } from '@mui/material';
import type { PartnershipAsOfRecord } from '@klch/shared';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { RecordContextProvider, SimpleShowLayout, useDataProvider, useTranslate, type Identifier } from 'react-admin';
import { formatDateTime } from '../common/formatDateTime';
import { serverMessage } from '../common/serverErrors';
import { isSignedOut, useDataProviderMutation } from '../common/useDataProviderMutation';
import type { AuditDataProvider } from './auditApi';
import { localInputToIso, toLocalInput } from './asOfTime';

/** The record's main fields as they stood then, under an unmistakable "As of <date>" heading. */
const AsOfRecord = ({ record, fields, onClose }: { record: PartnershipAsOfRecord; fields: ReactNode; onClose: () => void }) => {
  const translate = useTranslate();
  const headingId = useId();
  const title = translate('resources.audit-events.asOf.title', { date: formatDateTime(record.asOf) });
  return (
    <Card
      variant="outlined"
      sx={{ borderColor: 'warning.main', borderWidth: 2 }}
      role="region"
      aria-labelledby={headingId}
      data-testid="as-of-record"
    >
      <CardHeader
        avatar={<HistoryIcon color="warning" />}
        title={title}
        slotProps={{ title: { id: headingId, variant: 'h6', component: 'h3' } }}
        subheader={translate('resources.audit-events.asOf.note')}
        action={<Button onClick={onClose}>{translate('resources.audit-events.asOf.clear')}</Button>}
      />
      <CardContent sx={{ pt: 0 }}>
        <RecordContextProvider value={record}>
          <SimpleShowLayout sx={{ p: 0 }}>{fields}</SimpleShowLayout>
        </RecordContextProvider>
      </CardContent>
    </Card>
  );
};

/**
 * "As of": the partnership as it stood at a past moment, rebuilt by the server from the audit
 * trail, shown with the fields the partnership page gives (`fields`: the audit feature knows no
 * partnership field). Local time to the second, so an auditor can look just before a given change. Before the
 * record existed the server answers 404 and says so; that sentence is shown as it is.
 */
export const AsOfPanel = ({ partnershipId, fields }: { partnershipId: Identifier; fields: ReactNode }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AuditDataProvider>();
  const [value, setValue] = useState(() => toLocalInput(new Date()));
  const [noTime, setNoTime] = useState(false);
  // A refusal shows under the form (below), not as a notification.
  const asOf = useDataProviderMutation(async (at: string) => (await dataProvider.getPartnershipAsOf(partnershipId, at)).data, {
    onError: () => undefined,
  });

  const show = (event: FormEvent) => {
    event.preventDefault();
    const at = localInputToIso(value);
    setNoTime(!at);
    if (at) asOf.mutate(at);
    else asOf.reset();
  };
  // Before the record existed the server answers 404 and says so: that sentence is what shows.
  const failure = noTime
    ? translate('resources.audit-events.asOf.pick')
    : asOf.isError && !isSignedOut(asOf.error)
      ? serverMessage(asOf.error)
      : null;

  return (
    <Stack spacing={2}>
      <Stack component="form" direction="row" spacing={2} alignItems="center" flexWrap="wrap" useFlexGap onSubmit={show} noValidate>
        <MuiTextField
          type="datetime-local"
          label={translate('resources.audit-events.asOf.label')}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          size="small"
          fullWidth={false}
          sx={{ width: 260 }}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { step: 1 } }}
        />
        <Button type="submit" variant="outlined" startIcon={<HistoryIcon />} disabled={asOf.isPending}>
          {translate('resources.audit-events.asOf.show')}
        </Button>
      </Stack>
      {failure && (
        <Alert severity="warning">
          <Typography variant="body2">{translate(failure, { _: failure })}</Typography>
        </Alert>
      )}
      {asOf.isSuccess && <AsOfRecord record={asOf.data} fields={fields} onClose={() => asOf.reset()} />}
    </Stack>
  );
};
