import HistoryIcon from '@mui/icons-material/History';
import { Alert, Button, Card, CardContent, CardHeader, Stack, TextField as MuiTextField, Typography } from '@mui/material';
import { useId, useState, type FormEvent } from 'react';
import {
  DateField,
  RecordContextProvider,
  SelectField,
  SimpleShowLayout,
  TextField,
  useDataProvider,
  useTranslate,
  type Identifier,
} from 'react-admin';
import { CATEGORY_CHOICES, INSTRUMENT_CHOICES } from '../common/choices';
import { formatDateTime } from '../common/formatDateTime';
import { serverMessage } from '../common/serverErrors';
import { StatusChip } from '../partnerships/StatusChip';
import type { AuditDataProvider, PartnershipAsOf } from './auditApi';
import { localInputToIso, toLocalInput } from './asOfTime';

type AsOfState =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'shown'; record: PartnershipAsOf }
  | { kind: 'failed'; message: string };

/** The record's main fields as they stood then, under an unmistakable "As of <date>" heading. */
const AsOfRecord = ({ record, onClose }: { record: PartnershipAsOf; onClose: () => void }) => {
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
          <SimpleShowLayout sx={{ p: 0 }}>
            <TextField source="code" />
            <TextField source="title" />
            <TextField source="titleMs" emptyText="-" />
            <StatusChip source="status" />
            <TextField source="statusReason" emptyText="-" />
            <SelectField source="category" choices={CATEGORY_CHOICES} />
            <SelectField source="instrument" choices={INSTRUMENT_CHOICES} />
            <TextField source="summary" emptyText="-" sx={{ whiteSpace: 'pre-line' }} />
            <TextField source="leadDepartment" emptyText="-" />
            <DateField source="signedOn" emptyText="-" />
            <DateField source="effectiveFrom" emptyText="-" />
            <DateField source="expiresOn" emptyText="-" />
            <DateField source="nextReviewOn" emptyText="-" />
            <DateField source="archivedAt" showTime emptyText="-" />
            <TextField source="version" />
            <DateField source="updatedAt" showTime />
          </SimpleShowLayout>
        </RecordContextProvider>
      </CardContent>
    </Card>
  );
};

/**
 * "As of": the partnership as it stood at a past moment, rebuilt by the server from the audit
 * trail. Local time to the second, so an auditor can look just before a given change. Before the
 * record existed the server answers 404 and says so; that sentence is shown as it is.
 */
export const AsOfPanel = ({ partnershipId }: { partnershipId: Identifier }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AuditDataProvider>();
  const [value, setValue] = useState(() => toLocalInput(new Date()));
  const [state, setState] = useState<AsOfState>({ kind: 'idle' });

  const show = async (event: FormEvent) => {
    event.preventDefault();
    const asOf = localInputToIso(value);
    if (!asOf) {
      setState({ kind: 'failed', message: translate('resources.audit-events.asOf.pick') });
      return;
    }
    setState({ kind: 'loading' });
    try {
      const { data } = await dataProvider.getPartnershipAsOf(partnershipId, asOf);
      setState({ kind: 'shown', record: data });
    } catch (error) {
      setState({ kind: 'failed', message: serverMessage(error) });
    }
  };

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
        <Button type="submit" variant="outlined" startIcon={<HistoryIcon />} disabled={state.kind === 'loading'}>
          {translate('resources.audit-events.asOf.show')}
        </Button>
      </Stack>
      {state.kind === 'failed' && (
        <Alert severity="warning">
          <Typography variant="body2">{translate(state.message, { _: state.message })}</Typography>
        </Alert>
      )}
      {state.kind === 'shown' && <AsOfRecord record={state.record} onClose={() => setState({ kind: 'idle' })} />}
    </Stack>
  );
};
