import type { MilestoneRecord } from '@klch/shared';
import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { CalendarDateField } from '../common/CalendarDateField';
import type { CustomFieldProps } from '../common/fieldProps';

/**
 * The due date, and beside it an "Overdue" marker when the server says so. Overdue is derived on
 * the server (due before today, UTC, neither done nor cancelled): the UI never recomputes it, so
 * the list and the overdue filter always agree.
 */
export const DueOnField = (_props: CustomFieldProps) => {
  const record = useRecordContext<MilestoneRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Stack direction="row" spacing={1} alignItems="center">
      <CalendarDateField source="dueOn" emptyText="-" />
      {record.overdue && <Chip size="small" color="error" label={translate('resources.milestones.overdue')} data-testid="overdue-marker" />}
    </Stack>
  );
};
