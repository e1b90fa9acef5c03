import type { StatusHistoryRecord, StatusRequestRecord } from '@klch/shared';
import type { DataProvider, Identifier } from 'react-admin';
import type { httpClient as HttpClient } from '../providers/httpClient';

/** The data provider's methods for the partnership page's workflow calls (beside the stock CRUD ones). */
export interface StatusChangeMethods {
  /** GET /api/partnerships/:id/status-history: the applied changes, oldest first. */
  getStatusHistory(partnershipId: Identifier): Promise<{ data: StatusHistoryRecord[] }>;
  /** POST /api/status-requests/:id/withdraw: the requester takes back a pending request. */
  withdrawStatusRequest(id: Identifier): Promise<{ data: StatusRequestRecord }>;
}

export type StatusChangeDataProvider = DataProvider & StatusChangeMethods;

/**
 * Neither call is CRUD, so they are custom methods, as react-admin documents for actions beyond
 * CRUD. Reached through useDataProvider, a 401 signs the user out like any other call.
 */
export function statusChangeMethods(http: typeof HttpClient): StatusChangeMethods {
  return {
    async getStatusHistory(partnershipId) {
      const { json } = await http(`/api/partnerships/${encodeURIComponent(String(partnershipId))}/status-history`);
      return { data: Array.isArray(json) ? (json as StatusHistoryRecord[]) : [] };
    },
    async withdrawStatusRequest(id) {
      const { json } = await http(`/api/status-requests/${encodeURIComponent(String(id))}/withdraw`, { method: 'POST', body: '{}' });
      return { data: json as StatusRequestRecord };
    },
  };
}
