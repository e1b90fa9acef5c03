import type { PartnershipStatus } from '@klch/shared';

/**
 * A colour per status on the map, each told apart from the others, in the families of the status
 * chips (green running, blues on their way, orange and brown stalled, red broken off, greys never
 * started or called off). The chips share a colour between statuses; a marker has no label to
 * tell them apart, so here each has its own. Dark enough for a white edge on grey land, in both modes.
 */
export const STATUS_FILL: Record<PartnershipStatus, string> = {
  active: '#2e7d32',
  under_negotiation: '#7b1fa2',
  nominated: '#0d47a1',
  proposed: '#29b6f6',
  draft: '#90a4ae',
  halted: '#ef6c00',
  expired: '#8d6e63',
  completed: '#00897b',
  terminated: '#c62828',
  cancelled: '#616161',
};
