import type { Role } from '@klch/shared';

/** What a verified token resolves to; set on the request by the JWT strategy. */
export interface SessionUser {
  id: number;
  username: string;
  fullName: string;
  role: Role;
}
