import type { PartnershipRecord } from '@klch/shared';
import { Box, Stack } from '@mui/material';
import { DataTable, Pagination, ReferenceManyField, SelectField, useRecordContext } from 'react-admin';
import { CalendarDateField } from '../common/CalendarDateField';
import { EmptyText } from '../common/EmptyText';
import { useRoleCan } from '../common/useRoleCan';
import { AddMilestoneButton } from './AddMilestoneButton';
import { CancelMilestoneButton } from './CancelMilestoneButton';
import { DeleteMilestoneButton } from './DeleteMilestoneButton';
import { MILESTONE_KIND_CHOICES } from './choices';
import { DueOnField } from './DueOnField';
import { EditMilestoneButton } from './EditMilestoneButton';
import { MarkDoneButton } from './MarkDoneButton';
import { MilestoneStatusField } from './MilestoneStatusField';

/**
 * The partnership's milestones, soonest due first (undated last, as the server sorts them).
 * Officers and managers add, edit, complete and cancel them (a cancelled one stays); only
 * managers delete one (shared's matrix). Everyone else reads. An archived partnership takes
 * no new work, so its milestones are read-only for all (the server refuses too).
 */
export const MilestonesTab = () => {
  const record = useRecordContext<PartnershipRecord>();
  const canCreate = useRoleCan('create', 'milestones');
  const canEdit = useRoleCan('edit', 'milestones');
  const canDelete = useRoleCan('delete', 'milestones');
  if (!record) return null;
  const open = !record.archivedAt;

  return (
    <Stack spacing={2} sx={{ width: '100%' }}>
      {canCreate && open && (
        <Box>
          <AddMilestoneButton partnershipId={Number(record.id)} />
        </Box>
      )}
      <ReferenceManyField
        reference="milestones"
        target="partnershipId"
        sort={{ field: 'dueOn', order: 'ASC' }}
        perPage={50}
        pagination={<Pagination rowsPerPageOptions={[]} />}
      >
        <DataTable bulkActionButtons={false} rowClick={false} empty={<EmptyText message="resources.milestones.none" />}>
          <DataTable.Col source="title" />
          <DataTable.Col source="kind">
            <SelectField source="kind" choices={MILESTONE_KIND_CHOICES} />
          </DataTable.Col>
          <DataTable.Col source="dueOn" field={DueOnField} />
          <DataTable.Col source="status" field={MilestoneStatusField} />
          <DataTable.Col source="ownerName" disableSort />
          <DataTable.Col source="completedOn">
            <CalendarDateField source="completedOn" emptyText="-" />
          </DataTable.Col>
          {canEdit && open && (
            <DataTable.Col label="" disableSort>
              <Stack direction="row" spacing={0.5}>
                <MarkDoneButton />
                <EditMilestoneButton />
                <CancelMilestoneButton />
              </Stack>
            </DataTable.Col>
          )}
          {canDelete && open && (
            <DataTable.Col label="" disableSort>
              <DeleteMilestoneButton />
            </DataTable.Col>
          )}
        </DataTable>
      </ReferenceManyField>
    </Stack>
  );
};
