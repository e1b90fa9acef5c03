import type { AuditEventView } from '@klch/shared';
import { useInfiniteGetList, type Identifier } from 'react-admin';

/** The server's largest page: a long history loads in steps of this many events. */
const PAGE = 100;

/** A partnership's whole history as its Audit tab filters it: its own events and its children's, reads and sign-ins left out. */
export const historyFilter = (partnershipId: Identifier) => ({ partnershipId: Number(partnershipId), reads: false });

/**
 * The partnership's history, oldest first, page by page: read once for the tab, which shows it as
 * the timeline and takes the record's own versions (for "as of") from it.
 */
export function usePartnershipHistory(partnershipId: Identifier) {
  const query = useInfiniteGetList<AuditEventView>('audit-events', {
    filter: historyFilter(partnershipId),
    sort: { field: 'id', order: 'ASC' },
    pagination: { page: 1, perPage: PAGE },
  });
  const events = query.data?.pages.flatMap((page) => page.data) ?? [];
  const versions = events.filter((event) => event.entityType === 'partnerships' && event.entityId === String(partnershipId));
  return { ...query, events, versions };
}

export type PartnershipHistory = ReturnType<typeof usePartnershipHistory>;
