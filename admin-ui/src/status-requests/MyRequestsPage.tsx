import type { StatusRequestRecord } from '@klch/shared';
import { Chip } from '@mui/material';
import { DataTable, List, ReferenceField, TextField, useRecordContext, useTranslate } from 'react-admin';
import { EmptyText } from '../common/EmptyText';
import { ChangeField } from './ChangeField';
import { useCurrentUser } from '../common/useCurrentUser';
import { DateTimeField } from '../common/DateTimeField';

const STATE_COLOURS = { pending: 'info', approved: 'success', rejected: 'error', withdrawn: 'default' } as const;

const StateField = () => {
  const request = useRecordContext<StatusRequestRecord>();
  const translate = useTranslate();
  if (!request) return null;
  return (
    <Chip
      size="small"
      color={STATE_COLOURS[request.state]}
      label={translate(`resources.status-requests.state.${request.state}`)}
      data-testid="request-state"
      data-state={request.state}
    />
  );
};

/**
 * "My requests": every status-change request the signed-in user made, newest first, in any state,
 * with who decided, when, and their comment — so a rejection is not lost. Officers and managers
 * (whoever may make requests) reach it from the menu.
 */
export const MyRequestsPage = () => {
  const translate = useTranslate();
  const user = useCurrentUser();
  if (!user) return null;
  return (
    <List
      resource="status-requests"
      title={translate('resources.status-requests.mine.title')}
      filter={{ requestedById: user.id }}
      sort={{ field: 'requestedAt', order: 'DESC' }}
      perPage={25}
      exporter={false}
      disableSyncWithLocation
      storeKey="my-requests"
    >
      <DataTable bulkActionButtons={false} rowClick={false} empty={<EmptyText message="resources.status-requests.mine.empty" />}>
        <DataTable.Col source="partnershipId">
          <ReferenceField source="partnershipId" reference="partnerships" link="show" />
        </DataTable.Col>
        <DataTable.Col source="change" disableSort field={ChangeField} />
        <DataTable.Col source="state" field={StateField} />
        <DataTable.Col source="reason" disableSort>
          <TextField source="reason" emptyText="-" sx={{ whiteSpace: 'pre-line' }} />
        </DataTable.Col>
        <DataTable.Col source="requestedAt" sx={{ whiteSpace: 'nowrap' }}>
          <DateTimeField source="requestedAt" />
        </DataTable.Col>
        <DataTable.Col source="decidedByName" disableSort>
          <TextField source="decidedByName" emptyText="-" />
        </DataTable.Col>
        <DataTable.Col source="decidedAt" sx={{ whiteSpace: 'nowrap' }}>
          <DateTimeField source="decidedAt" emptyText="-" />
        </DataTable.Col>
        <DataTable.Col source="comment" disableSort>
          <TextField source="comment" emptyText="-" sx={{ whiteSpace: 'pre-line' }} />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
