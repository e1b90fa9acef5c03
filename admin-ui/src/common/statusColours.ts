import type { PartnershipStatus } from '@klch/shared';
import type { ChipProps } from '@mui/material';

/**
 * Colour says how much attention a status needs: green running, amber stalled, red ended badly.
 * Each is a palette colour the theme keeps at AA contrast (layout/themes.test.ts).
 */
export const STATUS_COLOURS: Record<PartnershipStatus, NonNullable<ChipProps['color']>> = {
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
