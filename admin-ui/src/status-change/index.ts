export { PendingRequestBanner } from './PendingRequestBanner';
export { RequestStatusChangeButton } from './RequestStatusChangeButton';
export { StatusHistoryTab } from './StatusHistoryTab';
