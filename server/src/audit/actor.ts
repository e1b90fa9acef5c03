import type { Role } from '@klch/shared';

/** Who is doing something, and under which request: every write names one. */
export interface Actor {
  id: number | null;
  name: string | null;
  role: Role | null;
  requestId: string | null;
}

/** Changes made by the app itself (migrations, reference data, demo data at first start). */
export const SYSTEM_ACTOR: Actor = { id: null, name: 'system', role: null, requestId: null };
