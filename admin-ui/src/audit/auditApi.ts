import type { PartnershipRecord } from '@klch/shared';
import type { DataProvider, Identifier } from 'react-admin';
import type { httpClient as HttpClient } from '../providers/httpClient';

/** GET /api/audit-events/verify: the whole chain walked, or where it first breaks. */
export type VerifyResult =
  | { valid: true; count: number; headHash: string; exportedHeadSeq?: number }
  | { valid: false; firstBadSeq: number; reason: string };

/** GET /api/audit-events/head: the newest event's seq and hash, signed by the server (HMAC). */
export interface ChainHead {
  seq: number;
  hash: string;
  at: string | null;
  signature: string;
}

/** GET /api/partnerships/:id?asOf=…: the record rebuilt from the trail as it stood then. */
export type PartnershipAsOf = PartnershipRecord & { asOf: string };

/** The data provider's audit methods (beside the stock CRUD ones). */
export interface AuditMethods {
  /** With a head exported earlier, also checks the trail still holds it (detects deleted newest events). */
  verifyAuditChain(head?: ChainHead): Promise<{ data: VerifyResult }>;
  getAuditHead(): Promise<{ data: ChainHead }>;
  getPartnershipAsOf(id: Identifier, asOf: string): Promise<{ data: PartnershipAsOf }>;
}

export type AuditDataProvider = DataProvider & AuditMethods;

/** Verifying, the signed head and the as-of view are reads beyond CRUD: custom methods, as react-admin documents. */
export function auditMethods(http: typeof HttpClient): AuditMethods {
  return {
    async verifyAuditChain(head) {
      const query = head
        ? `?${new URLSearchParams({ seq: String(head.seq), hash: head.hash, signature: head.signature })}`
        : '';
      const { json } = await http(`/api/audit-events/verify${query}`);
      return { data: json as VerifyResult };
    },
    async getAuditHead() {
      const { json } = await http('/api/audit-events/head');
      return { data: json as ChainHead };
    },
    async getPartnershipAsOf(id, asOf) {
      const { json } = await http(`/api/partnerships/${encodeURIComponent(String(id))}?${new URLSearchParams({ asOf })}`);
      return { data: json as PartnershipAsOf };
    },
  };
}
