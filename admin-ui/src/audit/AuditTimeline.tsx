import type { AuditEventView } from '@klch/shared';
import { Alert, Box, Button, Paper, Stack, Typography } from '@mui/material';
import { Link, RecordContextProvider, useCreatePath, useTranslate, type Identifier } from 'react-admin';
import { EmptyText } from '../common/EmptyText';
import { serverMessage } from '../common/serverErrors';
import { ActionChip, ActorField, AtField, EntityField } from './AuditFields';
import { ChangesTable } from './ChangesTable';
import { ReasonText } from './ReasonText';
import { historyFilter, type PartnershipHistory } from './usePartnershipHistory';

const TimelineEvent = ({ event, partnershipId }: { event: AuditEventView; partnershipId: Identifier }) => {
  const translate = useTranslate();
  // A milestone's, document's or request's event says which one; the partnership's own need not.
  const aboutChild = !(event.entityType === 'partnerships' && event.entityId === String(partnershipId));
  return (
    <RecordContextProvider value={event}>
      <Paper
        component="li"
        variant="outlined"
        sx={{ p: 2, listStyle: 'none', borderLeftWidth: 4, borderLeftColor: aboutChild ? 'secondary.main' : 'primary.main' }}
        data-testid="audit-event"
        data-action={event.action}
        data-entity-type={event.entityType}
      >
        <Stack direction="row" spacing={1.5} alignItems="center" flexWrap="wrap" useFlexGap sx={{ mb: 1 }}>
          <Typography variant="body2" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
            #{event.id}
          </Typography>
          <ActionChip />
          {aboutChild && <EntityField />}
          <AtField />
          <ActorField />
        </Stack>
        {event.reason && (
          <Typography variant="body2" sx={{ mb: 1, whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
            {translate('resources.audit-events.fields.reason')}: <ReasonText event={event} />
          </Typography>
        )}
        <ChangesTable changes={event.changes} entityType={event.entityType} names={event.names} />
      </Paper>
    </RecordContextProvider>
  );
};

/**
 * Every audit event of one partnership and of its milestones, documents and status-change
 * requests, oldest first: who did what, when, why, and each field's before and after. A long
 * history loads page by page; the Audit log link shows the same events with the log's filters
 * and export.
 */
export const AuditTimeline = ({ partnershipId, history }: { partnershipId: Identifier; history: PartnershipHistory }) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { events, total, error, isPending, hasNextPage, fetchNextPage, isFetchingNextPage } = history;
  const logPath = `${createPath({ resource: 'audit-events', type: 'list' })}?${new URLSearchParams({
    filter: JSON.stringify(historyFilter(partnershipId)),
    displayedFilters: JSON.stringify({ partnershipId: true }),
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
            <TimelineEvent key={event.id} event={event} partnershipId={partnershipId} />
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
