import type { AuditEventRecord } from '@klch/shared';
import { Alert, Box, Button, Paper, Stack, Typography } from '@mui/material';
import { DateField, Link, RecordContextProvider, useCreatePath, useInfiniteGetList, useTranslate, type Identifier } from 'react-admin';
import { EmptyText } from '../common/EmptyText';
import { serverMessage } from '../common/serverErrors';
import { ActionChip, ActorField } from './AuditFields';
import { ChangesTable } from './ChangesTable';

/** The server's largest page: a long history loads in steps of this many events. */
const PAGE = 100;

const TimelineEvent = ({ event }: { event: AuditEventRecord }) => {
  const translate = useTranslate();
  return (
    <RecordContextProvider value={event}>
      <Paper
        component="li"
        variant="outlined"
        sx={{ p: 2, listStyle: 'none', borderLeftWidth: 4, borderLeftColor: 'primary.main' }}
        data-testid="audit-event"
        data-action={event.action}
      >
        <Stack direction="row" spacing={1.5} alignItems="center" flexWrap="wrap" useFlexGap sx={{ mb: 1 }}>
          <Typography variant="body2" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
            #{event.id}
          </Typography>
          <ActionChip />
          <DateField source="at" showTime variant="body2" />
          <ActorField />
        </Stack>
        {event.reason && (
          <Typography variant="body2" sx={{ mb: 1, whiteSpace: 'pre-line' }}>
            {translate('resources.audit-events.fields.reason')}: {event.reason}
          </Typography>
        )}
        <ChangesTable changes={event.changes} entityType={event.entityType} />
      </Paper>
    </RecordContextProvider>
  );
};

/**
 * Every audit event of one partnership, oldest first: who did what, when, why, and each field's
 * before and after. A long history loads page by page; the Audit log link shows the same events
 * with the log's filters and export.
 */
export const AuditTimeline = ({ partnershipId }: { partnershipId: Identifier }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const filter = { entityType: 'partnerships', entityId: String(partnershipId) };
  const { data, total, error, isPending, hasNextPage, fetchNextPage, isFetchingNextPage } = useInfiniteGetList<AuditEventRecord>('audit-events', {
    filter,
    sort: { field: 'id', order: 'ASC' },
    pagination: { page: 1, perPage: PAGE },
  });
  const events = data?.pages.flatMap((page) => page.data) ?? [];
  const logPath = `${createPath({ resource: 'audit-events', type: 'list' })}?${new URLSearchParams({
    filter: JSON.stringify(filter),
  })}`;

  if (error) return <Alert severity="error">{serverMessage(error)}</Alert>;
  if (isPending) return null;
  return (
    <Box>
      <Stack direction="row" justifyContent="space-between" alignItems="baseline" flexWrap="wrap" sx={{ mb: 1 }}>
        <Typography variant="h6" component="h2">
          {translate('resources.audit-events.timeline.title')}
        </Typography>
        <Link to={logPath}>{translate('resources.audit-events.timeline.openLog')}</Link>
      </Stack>
      {events.length === 0 ? (
        <EmptyText message="resources.audit-events.timeline.empty" />
      ) : (
        <Stack component="ol" spacing={2} sx={{ p: 0, m: 0 }} aria-label={translate('resources.audit-events.timeline.title')}>
          {events.map((event) => (
            <TimelineEvent key={event.id} event={event} />
          ))}
        </Stack>
      )}
      {hasNextPage && (
        <Stack direction="row" spacing={2} alignItems="center" sx={{ mt: 2 }}>
          <Typography variant="body2" color="text.secondary">
            {translate('resources.audit-events.timeline.shown', { shown: events.length, total: total ?? '?' })}
          </Typography>
          <Button onClick={() => fetchNextPage()} disabled={isFetchingNextPage}>
            {translate('resources.audit-events.timeline.loadMore')}
          </Button>
        </Stack>
      )}
    </Box>
  );
};
