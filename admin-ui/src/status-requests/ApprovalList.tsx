import { STATUS_REQUEST_STATES } from '@klch/shared';
import { DataTable, List, ReferenceField, SelectInput, TextField, useListContext, useTranslate } from 'react-admin';
import { EmptyText } from '../common/EmptyText';
import { ChangeField } from './ChangeField';
import { DecisionButtons } from './DecisionButtons';
import { CalendarDateField } from '../common/CalendarDateField';
import { DateTimeField } from '../common/DateTimeField';

const STATE_CHOICES = STATUS_REQUEST_STATES.map((state) => ({
  id: state,
  name: `resources.status-requests.state.${state}`,
}));

// Pending by default: the queue is what waits for a decision. The state filter can show the
// decided ones too (with who decided and their comment).
const approvalFilters = [<SelectInput key="state" source="state" choices={STATE_CHOICES} alwaysOn sx={{ minWidth: 180 }} />];

const ApprovalTable = () => {
  // Who decided, when and why says nothing while the queue shows pending requests only.
  const showDecided = useListContext().filterValues?.state !== 'pending';
  return (
    <DataTable bulkActionButtons={false} rowClick={false} empty={<EmptyText message="resources.status-requests.approvals.empty" />}>
      <DataTable.Col source="partnershipId">
        <ReferenceField source="partnershipId" reference="partnerships" link="show" />
      </DataTable.Col>
      <DataTable.Col source="change" disableSort field={ChangeField} />
      <DataTable.Col source="reason" disableSort>
        <TextField source="reason" emptyText="-" sx={{ whiteSpace: 'pre-line' }} />
      </DataTable.Col>
      <DataTable.Col source="effectiveDate" disableSort field={CalendarDateField} />
      <DataTable.Col source="requestedByName" disableSort />
      <DataTable.Col source="requestedAt" sx={{ whiteSpace: 'nowrap' }}>
        <DateTimeField source="requestedAt" />
      </DataTable.Col>
      {showDecided && <DataTable.Col source="decidedByName" disableSort />}
      {showDecided && (
        <DataTable.Col source="decidedAt">
          <DateTimeField source="decidedAt" />
        </DataTable.Col>
      )}
      {showDecided && <DataTable.Col source="comment" disableSort />}
      <DataTable.Col source="decision" disableSort field={DecisionButtons} />
    </DataTable>
  );
};

/**
 * The managers' approval queue: pending status-change requests, oldest first, each decided in a
 * dialog (DecisionButtons). Anyone who may list requests can open it by its address; the menu
 * entry is for managers (see status-requests/index.ts).
 */
export const ApprovalList = () => {
  const translate = useTranslate();
  return (
    <List
      title={translate('resources.status-requests.approvals.title')}
      filters={approvalFilters}
      filterDefaultValues={{ state: 'pending' }}
      sort={{ field: 'requestedAt', order: 'ASC' }}
      perPage={25}
      exporter={false}
    >
      <ApprovalTable />
    </List>
  );
};
