import type { UserRecord } from '@klch/shared';
import type { DataProvider, Identifier } from 'react-admin';
import type { HttpClient } from '../common/httpClient';

/** The users' call beyond CRUD: deactivating is the stock delete (DELETE deactivates), reactivating is its own route. */
export interface UserMethods {
  /** POST /api/users/:id/reactivate: the account may sign in again. */
  reactivateUser(id: Identifier): Promise<{ data: UserRecord }>;
}

export type UsersDataProvider = DataProvider & UserMethods;

export function userMethods(http: HttpClient): UserMethods {
  return {
    async reactivateUser(id) {
      const { json } = await http(`/api/users/${encodeURIComponent(String(id))}/reactivate`, { method: 'POST', body: '{}' });
      return { data: json as UserRecord };
    },
  };
}
