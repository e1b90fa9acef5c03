import type { PartnershipStatus } from '@klch/shared';
import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { CustomFieldProps } from './fieldProps';
import { vocabularyKey } from './choices';
import { STATUS_COLOURS } from './statusColours';

/**
 * A partnership status as a translated chip (data-status carries the code for tests). Reads
 * `source` (default `status`), so status-change requests can reuse it for fromStatus/toStatus.
 */
export const StatusChip = ({ source = 'status' }: CustomFieldProps) => {
  const record = useRecordContext<Record<string, unknown>>();
  const translate = useTranslate();
  const status = record?.[source];
  if (typeof status !== 'string' || !status) return null;
  return (
    <Chip
      size="small"
      label={translate(vocabularyKey('status', status), { _: status })}
      color={STATUS_COLOURS[status as PartnershipStatus] ?? 'default'}
      data-testid="status-chip"
      data-status={status}
    />
  );
};
