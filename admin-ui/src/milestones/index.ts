import type { MilestoneRecord } from '@klch/shared';
import FlagIcon from '@mui/icons-material/Flag';

export { MilestonesTab } from './MilestonesTab';

/**
 * The milestones resource: no pages of its own yet (they live on the partnership's Milestones
 * tab); registered so react-admin knows its name, icon and how to name one record.
 */
export default {
  icon: FlagIcon,
  recordRepresentation: (record: MilestoneRecord) => record.title,
};
