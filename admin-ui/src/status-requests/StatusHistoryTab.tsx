import type { PartnershipRecord, StatusHistoryRecord, StatusRequestRecord } from '@klch/shared';
import { Alert, Box, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { DataTable, ListContextProvider, TextField, useDataProvider, useGetList, useList, useRecordContext, useTranslate } from 'react-admin';
import { ChangeField } from './ChangeField';
import { EmptyText } from '../common/EmptyText';
import { serverMessage } from '../common/serverErrors';
import { StatusChip } from '../common/StatusChip';
import type { StatusRequestsDataProvider } from './statusRequestsApi';
import { CalendarDateField } from '../common/CalendarDateField';
import { DateTimeField } from '../common/DateTimeField';
import { formatDayOf } from '../common/formatDateTime';

const label = (field: string) => `resources.status-requests.history.fields.${field}`;

/** Where a change started; a partnership's first row is its creation (no "from"). */
const FromStatus = () => {
  const record = useRecordContext<StatusHistoryRecord>();
  const translate = useTranslate();
  if (!record) return null;
  if (!record.fromStatus) {
    return (
      <Typography component="span" variant="body2" color="text.secondary">
        {translate('resources.status-requests.history.created')}
      </Typography>
    );
  }
  return <StatusChip source="fromStatus" />;
};

/**
 * A name with the moment under it ("Demo Manager" / 30/06/2025, 4:15 pm). A record's creation
 * (or the seed) names nobody: then only the moment shows.
 */
const Who = ({ name, at }: { name: 'requestedByName' | 'decidedByName'; at: 'requestedAt' | 'decidedAt' }) => {
  const record = useRecordContext<StatusHistoryRecord>();
  if (!record?.[name] && !record?.[at]) return <>-</>;
  return (
    <Stack>
      {record[name] && <TextField source={name} />}
      {record[at] && <DateTimeField source={at} variant="caption" color="text.secondary" />}
    </Stack>
  );
};

/** When it took effect: the date asked for, else the day it was decided. */
const Effective = () => {
  const record = useRecordContext<StatusHistoryRecord>();
  if (record?.effectiveDate) return <CalendarDateField source="effectiveDate" />;
  // A decision is an instant: its day is Kuala Lumpur's, not the UTC date its text begins with.
  return (
    <Typography component="span" variant="body2">
      {record?.decidedAt ? formatDayOf(record.decidedAt) : '-'}
    </Typography>
  );
};

/**
 * Every applied change of the partnership's status, oldest first, as the server keeps it (each an
 * approved request, plus the record's creation): who asked, who decided, when and why. Read from
 * GET /api/partnerships/:id/status-history (a custom data provider method) through react-query, as
 * react-admin documents for custom methods, so react-admin's refresh reloads it too.
 */
export const StatusHistoryTab = () => {
  const record = useRecordContext<PartnershipRecord>();
  const id = record ? Number(record.id) : undefined;
  // Through useDataProvider, so a 401 ends the session as on any other page.
  const dataProvider = useDataProvider<StatusRequestsDataProvider>();
  const { data, isPending, error } = useQuery({
    queryKey: ['partnerships', 'statusHistory', id],
    queryFn: async () => (await dataProvider.getStatusHistory(id as number)).data,
    enabled: id != null,
  });
  // Kept in the server's order: a history reads oldest first, so the columns do not sort.
  const list = useList<StatusHistoryRecord>({ data: data ?? [], isPending: isPending && id != null });

  if (error) return <Alert severity="error">{serverMessage(error)}</Alert>;
  return (
    <>
      <ListContextProvider value={list}>
        <DataTable bulkActionButtons={false} rowClick={false} empty={<EmptyText message="resources.status-requests.history.none" />}>
          <DataTable.Col label={label('effectiveDate')} disableSort>
            <Effective />
          </DataTable.Col>
          <DataTable.Col label={label('fromStatus')} disableSort>
            <FromStatus />
          </DataTable.Col>
          <DataTable.Col label={label('toStatus')} disableSort>
            <StatusChip source="toStatus" />
          </DataTable.Col>
          <DataTable.Col label={label('reason')} disableSort>
            <TextField source="reason" emptyText="-" />
          </DataTable.Col>
          <DataTable.Col label={label('requestedBy')} disableSort>
            <Who name="requestedByName" at="requestedAt" />
          </DataTable.Col>
          <DataTable.Col label={label('decidedBy')} disableSort>
            <Who name="decidedByName" at="decidedAt" />
          </DataTable.Col>
          <DataTable.Col label={label('comment')} disableSort>
            <TextField source="comment" emptyText="-" />
          </DataTable.Col>
        </DataTable>
      </ListContextProvider>
      {id != null && <NotApplied partnershipId={id} />}
    </>
  );
};

/** A request's decision or withdrawal: who closed it and when (nobody decides a withdrawn one). */
const Closed = () => {
  const record = useRecordContext<StatusRequestRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Stack>
      <Typography variant="body2" component="span">
        {translate(`resources.status-requests.state.${record.state}`)}
        {record.decidedByName ? ` — ${record.decidedByName}` : ''}
      </Typography>
      {record.decidedAt && <DateTimeField source="decidedAt" variant="caption" color="text.secondary" />}
    </Stack>
  );
};

/**
 * The requests that changed nothing, newest first: rejected (with who rejected, when and the comment)
 * or withdrawn. A rejection stays on the partnership's record, not only in the requester's list.
 */
const NotApplied = ({ partnershipId }: { partnershipId: number }) => {
  const translate = useTranslate();
  const { data = [] } = useGetList<StatusRequestRecord>('status-requests', {
    filter: { partnershipId, state: ['rejected', 'withdrawn'] },
    pagination: { page: 1, perPage: 50 },
    sort: { field: 'requestedAt', order: 'DESC' },
  });
  const list = useList<StatusRequestRecord>({ data });
  if (!data.length) return null;
  return (
    <Box sx={{ mt: 3 }} data-testid="requests-not-applied">
      <Typography variant="subtitle1" component="h2" sx={{ mb: 1 }}>
        {translate('resources.status-requests.history.notApplied')}
      </Typography>
      <ListContextProvider value={list}>
        <DataTable bulkActionButtons={false} rowClick={false} resource="status-requests">
          <DataTable.Col source="change" disableSort field={ChangeField} />
          <DataTable.Col label={label('reason')} disableSort>
            <TextField source="reason" emptyText="-" />
          </DataTable.Col>
          <DataTable.Col label={label('requestedBy')} disableSort>
            <Who name="requestedByName" at="requestedAt" />
          </DataTable.Col>
          <DataTable.Col label={label('decidedBy')} disableSort field={Closed} />
          <DataTable.Col label={label('comment')} disableSort>
            <TextField source="comment" emptyText="-" />
          </DataTable.Col>
        </DataTable>
      </ListContextProvider>
    </Box>
  );
};
