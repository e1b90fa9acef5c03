import type { MilestoneRecord, PartnershipRecord } from '@klch/shared';
import { Typography } from '@mui/material';
import { useGetList, useRecordContext, useTranslate } from 'react-admin';
import type { CustomFieldProps } from '../common/fieldProps';
import { EmptyText } from '../common/EmptyText';
import { formatDate } from '../common/formatDateTime';

const FINISHED: ReadonlySet<MilestoneRecord['status']> = new Set(['done', 'cancelled']);

/**
 * The partnership's next milestone: the soonest one still to do (the server sorts undated ones last).
 * A page of ten is plenty: the done and cancelled ones before it are few.
 */
export const NextMilestoneField = (_props: CustomFieldProps) => {
  const record = useRecordContext<PartnershipRecord>();
  const translate = useTranslate();
  const { data, isPending } = useGetList<MilestoneRecord>(
    'milestones',
    { filter: { partnershipId: record?.id }, sort: { field: 'dueOn', order: 'ASC' }, pagination: { page: 1, perPage: 10 } },
    { enabled: record?.id != null },
  );
  if (!record || isPending) return null;
  const next = data?.find((milestone) => !FINISHED.has(milestone.status));
  if (!next) return <EmptyText message="resources.partnerships.summary.noMilestone" />;
  return (
    <Typography variant="body2" component="span">
      {next.dueOn ? translate('resources.partnerships.summary.milestoneDue', { title: next.title, date: formatDate(next.dueOn) }) : next.title}
    </Typography>
  );
};
