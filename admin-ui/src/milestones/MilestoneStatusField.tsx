import type { MilestoneRecord, MilestoneStatus } from '@klch/shared';
import { Chip, type ChipProps } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { CustomFieldProps } from '../common/fieldProps';

const COLOURS: Record<MilestoneStatus, ChipProps['color']> = {
  planned: 'default',
  in_progress: 'info',
  done: 'success',
  cancelled: 'default',
};

/** A milestone's status as a translated chip; data-status carries the code for tests. */
export const MilestoneStatusField = (_props: CustomFieldProps) => {
  const record = useRecordContext<MilestoneRecord>();
  const translate = useTranslate();
  if (!record?.status) return null;
  return (
    <Chip
      size="small"
      variant={record.status === 'cancelled' ? 'outlined' : 'filled'}
      color={COLOURS[record.status] ?? 'default'}
      label={translate(`resources.milestones.status.${record.status}`, { _: record.status })}
      data-testid="milestone-status"
      data-status={record.status}
    />
  );
};
