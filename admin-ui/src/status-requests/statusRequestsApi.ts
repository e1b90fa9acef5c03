import type { StatusHistoryRecord, StatusRequestRecord } from '@klch/shared';
import type { DataProvider, Identifier } from 'react-admin';
import type { HttpClient } from '../common/httpClient';

export type Decision = 'approve' | 'reject';

/**
 * The status workflow's calls beyond CRUD, as custom data provider methods (react-admin documents
 * these for actions that are not CRUD). Making a request is the stock `create` of status-requests.
 * Components reach them with useDataProvider<StatusRequestsDataProvider>(), through react-query,
 * so a 401 signs the user out as on any other call.
 */
export interface StatusRequestMethods {
  /** POST /api/status-requests/:id/approve|reject, with the manager's comment. */
  decideStatusRequest(id: Identifier, decision: Decision, comment: string): Promise<{ data: StatusRequestRecord }>;
  /** POST /api/status-requests/:id/withdraw: the requester takes back a pending request. */
  withdrawStatusRequest(id: Identifier): Promise<{ data: StatusRequestRecord }>;
  /** GET /api/partnerships/:id/status-history: the applied changes, oldest first. */
  getStatusHistory(partnershipId: Identifier): Promise<{ data: StatusHistoryRecord[] }>;
}

export type StatusRequestsDataProvider = DataProvider & StatusRequestMethods;

const path = (id: Identifier) => encodeURIComponent(String(id));

export function statusRequestMethods(http: HttpClient): StatusRequestMethods {
  return {
    async decideStatusRequest(id, decision, comment) {
      // An empty comment is sent as null on approval (optional there) and as it is on rejection,
      // so the server's own "comment is required" can answer.
      const trimmed = comment.trim();
      const { json } = await http(`/api/status-requests/${path(id)}/${decision}`, {
        method: 'POST',
        body: JSON.stringify({ comment: decision === 'approve' && !trimmed ? null : trimmed }),
      });
      return { data: json as StatusRequestRecord };
    },
    async withdrawStatusRequest(id) {
      const { json } = await http(`/api/status-requests/${path(id)}/withdraw`, { method: 'POST', body: '{}' });
      return { data: json as StatusRequestRecord };
    },
    async getStatusHistory(partnershipId) {
      const { json } = await http(`/api/partnerships/${path(partnershipId)}/status-history`);
      return { data: Array.isArray(json) ? (json as StatusHistoryRecord[]) : [] };
    },
  };
}
