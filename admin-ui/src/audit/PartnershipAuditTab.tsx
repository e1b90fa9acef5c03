import { Stack } from '@mui/material';
import type { ReactNode } from 'react';
import { useRecordContext, type Identifier } from 'react-admin';
import type { CustomFieldProps } from '../common/fieldProps';
import { AsOfPanel } from './AsOfPanel';
import { AuditTimeline } from './AuditTimeline';
import { usePartnershipHistory } from './usePartnershipHistory';

/** One partnership's audit: its history, read once, feeds both the as-of versions and the timeline. */
const PartnershipAudit = ({ partnershipId, asOfFields }: { partnershipId: Identifier; asOfFields: ReactNode }) => {
  const history = usePartnershipHistory(partnershipId);
  return (
    <Stack spacing={3} sx={{ width: '100%' }}>
      <AsOfPanel partnershipId={partnershipId} fields={asOfFields} versions={history.versions} />
      <AuditTimeline partnershipId={partnershipId} history={history} />
    </Stack>
  );
};

/**
 * The partnership page's Audit tab (auditors and admins): the record as of a past moment, then
 * its whole history. PartnershipShow shows the tab only to roles that canAccess list audit-events,
 * and gives the fields the "as of" view shows (`asOfFields`).
 * Placed directly in a show tab, which wraps its children in a label: pass label={false}.
 */
export const PartnershipAuditTab = ({ asOfFields }: CustomFieldProps & { asOfFields: ReactNode }) => {
  const record = useRecordContext();
  if (!record) return null;
  // Keyed by the record: opening another partnership starts its tab afresh, so a moment picked
  // for one record is never shown as another's.
  return <PartnershipAudit key={String(record.id)} partnershipId={record.id} asOfFields={asOfFields} />;
};
