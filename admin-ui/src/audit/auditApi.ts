import type { AuditActorRecord, ChainHead, PartnershipAsOfRecord, VerifyResult } from '@klch/shared';
import type { DataProvider, Identifier } from 'react-admin';
import type { HttpClient } from '../common/httpClient';

/** The data provider's audit methods (beside the stock CRUD ones): reads beyond CRUD, as react-admin documents. */
export interface AuditMethods {
  /** With a head exported earlier, also checks the trail still holds it (detects deleted newest events). */
  verifyAuditChain(head?: ChainHead): Promise<{ data: VerifyResult }>;
  getAuditHead(): Promise<{ data: ChainHead }>;
  getPartnershipAsOf(id: Identifier, asOf: string): Promise<{ data: PartnershipAsOfRecord }>;
  /** Whom the actor filter picks from, by name (auditors may not list users). */
  getAuditActors(): Promise<{ data: AuditActorRecord[] }>;
}

export type AuditDataProvider = DataProvider & AuditMethods;

export function auditMethods(http: HttpClient): AuditMethods {
  return {
    async verifyAuditChain(head) {
      const query = head ? `?${new URLSearchParams({ seq: String(head.seq), hash: head.hash, signature: head.signature })}` : '';
      const { json } = await http(`/api/audit-events/verify${query}`);
      return { data: json as VerifyResult };
    },
    async getAuditHead() {
      const { json } = await http('/api/audit-events/head');
      return { data: json as ChainHead };
    },
    async getPartnershipAsOf(id, asOf) {
      const { json } = await http(`/api/partnerships/${encodeURIComponent(String(id))}?${new URLSearchParams({ asOf })}`);
      return { data: json as PartnershipAsOfRecord };
    },
    async getAuditActors() {
      const { json } = await http('/api/audit-events/actors');
      return { data: json as AuditActorRecord[] };
    },
  };
}
