import type { SessionRecord } from '@klch/shared';
import LogoutIcon from '@mui/icons-material/Logout';
import { Alert, Box, Card, Chip, Stack, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  Button,
  Confirm,
  DataTable,
  ListContextProvider,
  ResourceContextProvider,
  useDataProvider,
  useList,
  useLogout,
  useNotify,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { EmptyText } from '../common/EmptyText';
import { formatDateTime } from '../common/formatDateTime';
import { serverMessage } from '../common/serverErrors';
import { useDataProviderMutation } from '../common/useDataProviderMutation';
import { clearStoredUser } from '../common/userStore';
import type { SessionsDataProvider } from './sessionsApi';

const QUERY_KEY = ['auth', 'sessions'];

const DeviceCell = () => {
  const session = useRecordContext<SessionRecord>();
  const translate = useTranslate();
  if (!session) return null;
  return (
    <Stack direction="row" spacing={1} alignItems="center">
      <span title={session.userAgent ?? undefined}>{session.device}</span>
      {session.current && <Chip size="small" color="primary" label={translate('klch.sessions.current')} data-testid="current-session" />}
    </Stack>
  );
};

const TimeCell = ({ source }: { source: 'signedInAt' | 'lastSeenAt' }) => {
  const session = useRecordContext<SessionRecord>();
  return session ? <span>{formatDateTime(session[source])}</span> : null;
};

const IpCell = () => {
  const session = useRecordContext<SessionRecord>();
  return session ? <span>{session.ip ?? '-'}</span> : null;
};

/** Ends this row's session; ending the current one signs this browser out, as the server has. */
const EndButton = ({ onEnded }: { onEnded: (session: SessionRecord) => void }) => {
  const session = useRecordContext<SessionRecord>();
  const dataProvider = useDataProvider<SessionsDataProvider>();
  const { mutate, isPending } = useDataProviderMutation((id: number) => dataProvider.endSession(id), {
    onSuccess: ({ data }) => onEnded(data),
  });
  if (!session) return null;
  return <Button label="klch.sessions.action.end" onClick={() => mutate(session.id)} disabled={isPending} size="small" color="error" />;
};

/**
 * The signed-in user's open sessions (device, address, signed in, last seen), each with an End
 * button, and "Sign out everywhere". Anyone signed in has it, whatever their role: it is their own.
 */
export const SessionsSection = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const logout = useLogout();
  const queryClient = useQueryClient();
  const dataProvider = useDataProvider<SessionsDataProvider>();
  const [confirming, setConfirming] = useState(false);
  // No retries: a refusal shows at once, in the server's words.
  const { data, isPending, error } = useQuery({ queryKey: QUERY_KEY, queryFn: async () => (await dataProvider.getSessions()).data, retry: false });
  const list = useList<SessionRecord>({ data: data ?? [], isPending });

  // The server has ended this session already: sign out here too. With no stored user,
  // authProvider.logout does not tell the server again (its session is gone).
  const signedOutHere = () => {
    clearStoredUser();
    return logout({}, undefined, false);
  };
  const everywhere = useDataProviderMutation(() => dataProvider.signOutEverywhere(), {
    onSuccess: () => void signedOutHere(),
    onSettled: () => setConfirming(false),
  });
  const onEnded = (session: SessionRecord) => {
    if (session.current) return void signedOutHere();
    notify('klch.sessions.notification.ended', { type: 'info', messageArgs: { device: session.device } });
    void queryClient.invalidateQueries({ queryKey: QUERY_KEY });
  };

  return (
    <Card sx={{ mt: 2, maxWidth: 900 }} data-testid="sessions-section">
      <Box sx={{ px: 2, pt: 2 }}>
        <Typography variant="h6" component="h2">
          {translate('klch.sessions.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('klch.sessions.intro')}
        </Typography>
      </Box>
      {error ? (
        <Alert severity="error" sx={{ m: 2 }}>
          {serverMessage(error)}
        </Alert>
      ) : (
        // Not a react-admin resource; DataTable wants a resource name all the same.
        <ResourceContextProvider value="sessions">
          <ListContextProvider value={list}>
            <DataTable bulkActionButtons={false} rowClick={false} empty={<EmptyText message="klch.sessions.none" />}>
              <DataTable.Col label="klch.sessions.columns.device" disableSort>
                <DeviceCell />
              </DataTable.Col>
              <DataTable.Col label="klch.sessions.columns.ip" disableSort>
                <IpCell />
              </DataTable.Col>
              <DataTable.Col label="klch.sessions.columns.signedInAt" disableSort>
                <TimeCell source="signedInAt" />
              </DataTable.Col>
              <DataTable.Col label="klch.sessions.columns.lastSeenAt" disableSort>
                <TimeCell source="lastSeenAt" />
              </DataTable.Col>
              <DataTable.Col label="" disableSort>
                <EndButton onEnded={onEnded} />
              </DataTable.Col>
            </DataTable>
          </ListContextProvider>
        </ResourceContextProvider>
      )}
      <Box sx={{ p: 2 }}>
        <Button label="klch.sessions.action.everywhere" onClick={() => setConfirming(true)} variant="outlined" color="error">
          <LogoutIcon />
        </Button>
      </Box>
      <Confirm
        isOpen={confirming}
        loading={everywhere.isPending}
        title="klch.sessions.confirm.title"
        content="klch.sessions.confirm.content"
        confirm="klch.sessions.action.everywhere"
        onConfirm={() => everywhere.mutate()}
        onClose={() => setConfirming(false)}
      />
    </Card>
  );
};
