import type { PartnershipStatus } from '@klch/shared';
import { Chip, type ChipProps } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { CustomFieldProps } from './fieldProps';
import { vocabularyKey } from './choices';

/** Colour says how much attention a status needs: green running, amber stalled, red ended badly. */
const COLOURS: Record<PartnershipStatus, ChipProps['color']> = {
  draft: 'default',
  proposed: 'info',
  nominated: 'info',
  under_negotiation: 'secondary',
  active: 'success',
  halted: 'warning',
  expired: 'warning',
  terminated: 'error',
  completed: 'primary',
  cancelled: 'default',
};

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
      color={COLOURS[status as PartnershipStatus] ?? 'default'}
      data-testid="status-chip"
      data-status={status}
    />
  );
};
