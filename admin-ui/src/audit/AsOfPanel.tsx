import HistoryIcon from '@mui/icons-material/History';
import { Alert, Button, Card, CardContent, CardHeader, Stack, TextField as MuiTextField, Typography } from '@mui/material';
import type { AuditEventView, PartnershipAsOfRecord } from '@klch/shared';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { RecordContextProvider, SimpleShowLayout, useDataProvider, useTranslate, type Identifier } from 'react-admin';
import { formatDateTime } from '../common/formatDateTime';
import { serverMessage } from '../common/serverErrors';
import { isSignedOut, useDataProviderMutation } from '../common/useDataProviderMutation';
import type { AuditDataProvider } from './auditApi';
import { localInputToIso, toLocalInput } from './asOfTime';
import { AsOfVersions } from './AsOfVersions';

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

const isNotFound = (error: unknown) => !!error && typeof error === 'object' && (error as { status?: number }).status === 404;

/**
 * "As of": the partnership as it stood at a past moment, rebuilt by the server from the audit
 * trail, shown with the fields the partnership page gives (`fields`: the audit feature knows no
 * partnership field). The moment is picked from the record's own versions (`versions`, its events,
 * oldest first), or typed on Kuala Lumpur's clock to the second, so an auditor can look just before
 * a given change. Before the record existed the answer says so, with when it was created.
 * The state is this record's own: the tab mounts a new panel for another record.
 */
export const AsOfPanel = ({ partnershipId, fields, versions }: { partnershipId: Identifier; fields: ReactNode; versions: AuditEventView[] }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AuditDataProvider>();
  const [value, setValue] = useState(() => toLocalInput(new Date()));
  const [noTime, setNoTime] = useState(false);
  const [picked, setPicked] = useState<{ at: string; version: number | null } | null>(null);
  // A refusal shows under the form (below), not as a notification.
  const asOf = useDataProviderMutation(async (at: string) => (await dataProvider.getPartnershipAsOf(partnershipId, at)).data, {
    onError: () => undefined,
  });
  const created = versions.find((event) => event.action === 'create')?.at ?? null;

  const showAt = (at: string, version: number | null) => {
    setNoTime(false);
    setPicked({ at, version });
    asOf.mutate(at);
  };
  const show = (event: FormEvent) => {
    event.preventDefault();
    const at = localInputToIso(value);
    setNoTime(!at);
    if (at) showAt(at, null);
    else asOf.reset();
  };
  const pickVersion = (version: AuditEventView) => {
    setValue(toLocalInput(new Date(version.at)));
    showAt(version.at, version.id);
  };
  const close = () => {
    setPicked(null);
    asOf.reset();
  };

  const failure = (() => {
    if (noTime) return translate('resources.audit-events.asOf.pick');
    if (!asOf.isError || isSignedOut(asOf.error)) return null;
    // Before the record existed: said in words, in the user's language, with both moments on KL's clock.
    if (isNotFound(asOf.error) && picked && created && picked.at < created) {
      return translate('resources.audit-events.asOf.notYet', { date: formatDateTime(picked.at), created: formatDateTime(created) });
    }
    const message = serverMessage(asOf.error);
    return translate(message, { _: message });
  })();

  return (
    <Stack spacing={2}>
      <AsOfVersions versions={versions} selected={picked?.version ?? null} onPick={pickVersion} />
      <Stack component="form" direction="row" spacing={2} alignItems="center" flexWrap="wrap" useFlexGap onSubmit={show} noValidate>
        <MuiTextField
          type="datetime-local"
          label={translate('resources.audit-events.asOf.label')}
          helperText={translate('resources.audit-events.asOf.zone')}
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
        <Alert severity="warning" data-testid="as-of-failure">
          <Typography variant="body2">{failure}</Typography>
        </Alert>
      )}
      {asOf.isSuccess && <AsOfRecord record={asOf.data} fields={fields} onClose={close} />}
    </Stack>
  );
};
