import FactCheckIcon from '@mui/icons-material/FactCheck';
import { ApprovalList } from './ApprovalList';

/**
 * The approval queue is the `status-requests` resource's list. Every role may list requests
 * (the shared matrix), but the menu entry is for those who decide: layout/Menu shows a resource
 * whose options name a `menuAction` only to roles that canAccess that action (managers approve).
 */
export default {
  list: ApprovalList,
  icon: FactCheckIcon,
  options: { label: 'resources.status-requests.approvals.title', menuAction: 'approve' },
};
