import type { StatusRequestRecord } from '@klch/shared';
import { useGetList } from 'react-admin';

/**
 * The partnership's pending status-change request, if any (the server allows one at a time).
 * The banner and the request button both ask; react-admin's query cache makes that one request,
 * and a refresh after a request, a withdrawal or a decision asks again.
 */
export function usePendingStatusRequest(partnershipId: number | undefined) {
  const { data, isPending } = useGetList<StatusRequestRecord>(
    'status-requests',
    {
      filter: { partnershipId, state: 'pending' },
      pagination: { page: 1, perPage: 1 },
      sort: { field: 'requestedAt', order: 'DESC' },
    },
    { enabled: partnershipId != null },
  );
  return { pending: data?.[0] ?? null, isPending };
}
