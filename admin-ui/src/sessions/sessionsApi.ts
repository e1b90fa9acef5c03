import type { SessionRecord } from '@klch/shared';
import type { DataProvider } from 'react-admin';
import type { HttpClient } from '../common/httpClient';

/** The signed-in user's own sessions (/api/auth/sessions): not a resource, so custom methods. */
export interface SessionMethods {
  /** GET /api/auth/sessions: open sessions, most recently used first, the current one marked. */
  getSessions(): Promise<{ data: SessionRecord[] }>;
  /** DELETE /api/auth/sessions/:id: ends one (the current one too, which signs this browser out). */
  endSession(id: number): Promise<{ data: SessionRecord }>;
  /** DELETE /api/auth/sessions: ends every session of the user, this one included. */
  signOutEverywhere(): Promise<{ data: { ended: number } }>;
}

export type SessionsDataProvider = DataProvider & SessionMethods;

export function sessionMethods(http: HttpClient): SessionMethods {
  return {
    async getSessions() {
      const { json } = await http('/api/auth/sessions');
      return { data: json as SessionRecord[] };
    },
    async endSession(id) {
      const { json } = await http(`/api/auth/sessions/${encodeURIComponent(String(id))}`, { method: 'DELETE' });
      return { data: json as SessionRecord };
    },
    async signOutEverywhere() {
      const { json } = await http('/api/auth/sessions', { method: 'DELETE' });
      return { data: { ended: Number((json as { ended?: unknown }).ended ?? 0) } };
    },
  };
}
