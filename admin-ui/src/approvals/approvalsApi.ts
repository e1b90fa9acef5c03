import type { StatusRequestRecord } from '@klch/shared';
import type { DataProvider, Identifier } from 'react-admin';
import type { httpClient as HttpClient } from '../providers/httpClient';

export type Decision = 'approve' | 'reject';

/** The data provider's method for deciding a status-change request (beside the stock CRUD ones). */
export interface ApprovalMethods {
  decideStatusRequest(id: Identifier, decision: Decision, comment: string): Promise<{ data: StatusRequestRecord }>;
}

export type ApprovalsDataProvider = DataProvider & ApprovalMethods;

/**
 * A decision is not CRUD (`POST /api/status-requests/:id/approve|reject`), so it is a custom method,
 * as react-admin documents for actions beyond CRUD. An empty comment is sent as null on approval
 * (optional there) and as-is on rejection, so the server's own "comment is required" can answer.
 */
export function approvalMethods(http: typeof HttpClient): ApprovalMethods {
  return {
    async decideStatusRequest(id, decision, comment) {
      const trimmed = comment.trim();
      const { json } = await http(`/api/status-requests/${encodeURIComponent(String(id))}/${decision}`, {
        method: 'POST',
        body: JSON.stringify({ comment: decision === 'approve' && !trimmed ? null : trimmed }),
      });
      return { data: json as StatusRequestRecord };
    },
  };
}
