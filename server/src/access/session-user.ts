import type { Language, Role } from '@klch/shared';

/** What a verified token resolves to; set on the request by the JWT strategy. */
export interface SessionUser {
  id: number;
  username: string;
  fullName: string;
  role: Role;
  /** The profile's language: error messages are worded in it (common/i18n/request-language.ts). */
  language: Language;
  /** The session the request's token belongs to (auth's `sessions` row). */
  sessionId: number;
}
