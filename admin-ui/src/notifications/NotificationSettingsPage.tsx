import { NOTIFICATION_KINDS, type NotificationKind } from '@klch/shared';
import { Alert, Box, Button, Card, CardContent, Checkbox, FormControlLabel, FormGroup, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Title, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { useCurrentUser } from '../common/useCurrentUser';
import { useDataProviderMutation } from '../common/useDataProviderMutation';
import type { NotificationsDataProvider } from './notificationsApi';

/** The user's own choice of which notifications also come by email (every one is under the bell). */
export const NotificationSettingsPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const user = useCurrentUser();
  const dataProvider = useDataProvider<NotificationsDataProvider>();
  const { data } = useQuery({
    queryKey: ['notifications', 'preferences'],
    queryFn: () => dataProvider.getNotificationPreferences().then((result) => result.data),
  });
  // The saved choice until the user ticks something; then theirs.
  const [edited, setEdited] = useState<NotificationKind[] | null>(null);
  const chosen = edited ?? data?.emailKinds ?? null;
  const save = useDataProviderMutation((emailKinds: NotificationKind[]) => dataProvider.setNotificationPreferences({ emailKinds }), {
    onSuccess: (result) => {
      setEdited(result.data.emailKinds);
      notify('klch.notifications.preferences.saved', { type: 'success' });
    },
  });
  const toggle = (kind: NotificationKind) => setEdited(chosen?.includes(kind) ? chosen.filter((k) => k !== kind) : [...(chosen ?? []), kind]);

  return (
    <Box sx={{ maxWidth: 640, mt: 2 }}>
      <Title title={translate('klch.notifications.preferences.title')} />
      <Card variant="outlined">
        <CardContent>
          {/* h2: the page's h1 is its title in the app bar. */}
          <Typography variant="h5" component="h2" gutterBottom>
            {translate('klch.notifications.preferences.title')}
          </Typography>
          <Typography variant="body2" gutterBottom>
            {translate('klch.notifications.preferences.intro')}
          </Typography>
          {user?.email ? (
            <Typography variant="body2" color="text.secondary" gutterBottom>
              {translate('klch.notifications.preferences.emailTo', { email: user.email })}
            </Typography>
          ) : (
            <Alert severity="info" sx={{ my: 1 }}>
              {translate('klch.notifications.preferences.noEmail')}
            </Alert>
          )}
          <FormGroup>
            {NOTIFICATION_KINDS.map((kind) => (
              <FormControlLabel
                key={kind}
                control={<Checkbox checked={!!chosen?.includes(kind)} onChange={() => toggle(kind)} disabled={chosen === null} />}
                label={translate(`klch.notifications.kinds.${kind}`)}
              />
            ))}
          </FormGroup>
          <Button variant="contained" sx={{ mt: 2 }} disabled={chosen === null || save.isPending} onClick={() => chosen && save.mutate(chosen)}>
            {translate('klch.notifications.preferences.save')}
          </Button>
        </CardContent>
      </Card>
    </Box>
  );
};
