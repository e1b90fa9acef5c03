import FactCheckIcon from '@mui/icons-material/FactCheck';
import { lazyView } from '../common/lazyView';
import { PendingApprovalsCount } from './PendingApprovalsCount';

// The approval queue loads when opened, out of the first bundle.
const ApprovalList = lazyView(() => import('./ApprovalList'), 'ApprovalList');

/** What the partnership page shows of the workflow: the pending banner, the request button, the history tab. */
export { PendingRequestBanner } from './PendingRequestBanner';
export { RejectedRequestBanner } from './RejectedRequestBanner';
export { RequestStatusChangeButton } from './RequestStatusChangeButton';
export { StatusHistoryTab } from './StatusHistoryTab';
/** The user's own requests, any state: a page of its own (App's routes) with a menu entry. */
export const MyRequestsPage = lazyView(() => import('./MyRequestsPage'), 'MyRequestsPage');
export { MY_REQUESTS_PATH, MyRequestsMenuItem } from './MyRequestsMenuItem';

/**
 * The status-requests resource. Its list is the approval queue. Every role may list requests (the
 * shared matrix), but the menu entry is for those who decide: layout/Menu shows a resource whose
 * options name a `menuAction` only to roles that canAccess that action (managers approve).
 */
export default {
  list: ApprovalList,
  icon: FactCheckIcon,
  options: { label: 'resources.status-requests.approvals.title', menuAction: 'approve', menuCount: PendingApprovalsCount },
};
