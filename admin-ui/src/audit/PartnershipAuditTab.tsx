import { Stack } from '@mui/material';
import type { ReactNode } from 'react';
import { useRecordContext } from 'react-admin';
import type { CustomFieldProps } from '../common/fieldProps';
import { AsOfPanel } from './AsOfPanel';
import { AuditTimeline } from './AuditTimeline';

/**
 * The partnership page's Audit tab (auditors and admins): the record as of a past moment, then
 * its whole history. PartnershipShow shows the tab only to roles that canAccess list audit-events,
 * and gives the fields the "as of" view shows (`asOfFields`).
 * Placed directly in a show tab, which wraps its children in a label: pass label={false}.
 */
export const PartnershipAuditTab = ({ asOfFields }: CustomFieldProps & { asOfFields: ReactNode }) => {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <Stack spacing={3} sx={{ width: '100%' }}>
      <AsOfPanel partnershipId={record.id} fields={asOfFields} />
      <AuditTimeline partnershipId={record.id} />
    </Stack>
  );
};
