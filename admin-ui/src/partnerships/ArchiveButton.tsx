import type { PartnershipRecord } from '@klch/shared';
import ArchiveIcon from '@mui/icons-material/Archive';
import { DeleteButton, useRecordContext } from 'react-admin';

/**
 * DELETE on a partnership archives it (the record and its history stay). The stock delete
 * button does the work: it hides itself for roles canAccess refuses (only managers may), and
 * the resource's translations (resources.partnerships.action.delete etc.) label it "Archive".
 * Pessimistic with a confirmation, so a refusal shows at once.
 */
export const ArchiveButton = () => {
  const record = useRecordContext<PartnershipRecord>();
  if (!record || record.archivedAt) return null;
  return <DeleteButton mutationMode="pessimistic" icon={<ArchiveIcon />} redirect="list" />;
};
