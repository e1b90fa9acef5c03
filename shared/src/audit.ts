/**
 * What an audit event records, by code. The server's audit entries are typed by this union and the
 * UI's labels by a Record over it, so a new action fails the type check until both languages name it.
 */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'archive',
  'deactivate',
  'login',
  'login_failed',
  'logout',
  'logout_everywhere',
  'session_end',
  'password_change',
  'password_change_failed',
  'access_denied',
  'audit_read',
  'audit_export',
  'status_request',
  'withdraw',
  'approve',
  'reject',
  'status_change',
  'upload',
  'download',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** `{ field: [before, after] }`: a creation has `before` null for every field, a removal `after`. */
export type FieldChanges = Record<string, [unknown, unknown]>;

/** GET /api/audit-events/verify: the whole chain walked, or where it first breaks. */
export type VerifyResult =
  { valid: true; count: number; headHash: string; exportedHeadSeq?: number } | { valid: false; firstBadSeq: number; reason: string };

/** GET /api/audit-events/head: the newest event's seq and hash, signed by the server (HMAC). */
export interface ChainHead {
  seq: number;
  hash: string;
  /** When the newest event was written (null for an empty trail). */
  at: string | null;
  /** HMAC-SHA256 of `${seq}:${hash}`, hex, with a key that is not in the database. */
  signature: string;
}
