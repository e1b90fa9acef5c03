import HistoryEduIcon from '@mui/icons-material/HistoryEdu';
import { lazyView } from '../common/lazyView';

// Loaded when opened, out of the first bundle.
const AuditLogList = lazyView(() => import('./AuditLogList'), 'AuditLogList');

/** The partnership page's Audit tab (the record as of a past moment, and its whole history). */
export { PartnershipAuditTab } from './PartnershipAuditTab';
/** The trail's calls (verify, head, export), for the dashboard's audit card. */
export type { AuditDataProvider } from './auditApi';

/**
 * The audit trail as a resource: a list only (events are never created, edited or deleted from
 * the UI). The menu shows "Audit log" to whoever canAccess lists it: auditors and admins.
 */
export default {
  list: AuditLogList,
  icon: HistoryEduIcon,
  options: { label: 'resources.audit-events.log.title' },
};
