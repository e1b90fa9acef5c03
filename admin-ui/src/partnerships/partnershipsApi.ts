import type { OwnerChoiceRecord } from '@klch/shared';
import type { DataProvider } from 'react-admin';
import type { HttpClient } from '../common/httpClient';

/** The partnerships' call beyond CRUD: whom a partnership may be given to. */
export interface PartnershipMethods {
  /** GET /api/partnerships/owner-choices: the active officers and managers, by name. */
  getOwnerChoices(): Promise<{ data: OwnerChoiceRecord[] }>;
}

export type PartnershipsDataProvider = DataProvider & PartnershipMethods;

export function partnershipMethods(http: HttpClient): PartnershipMethods {
  return {
    async getOwnerChoices() {
      const { json } = await http('/api/partnerships/owner-choices');
      return { data: json as OwnerChoiceRecord[] };
    },
  };
}
