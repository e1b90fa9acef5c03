import type { Role } from './roles';

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
  'reactivate',
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

/**
 * Reads (of the trail, of a document) and routine sign-ins and sign-outs. They stay in the trail,
 * but would bury the changes a reader looks for: the views hide them unless asked (the list filter
 * `reads`). Refused access, failed sign-ins and password changes are not routine and stay shown.
 */
export const READ_AND_SIGN_IN_ACTIONS = [
  'audit_read',
  'download',
  'login',
  'logout',
  'logout_everywhere',
  'session_end',
] as const satisfies readonly AuditAction[];

/**
 * The display names of the records an event names (its own record and the ids in its changes),
 * by `${resource}:${id}`: "partnerships:4" → its title, "users:2" → a full name. Read beside the
 * event when it is listed, never part of what is hashed; a record since deleted has no entry.
 */
export type AuditNames = Record<string, string>;

/** GET /api/audit-events/actors: whom the actor filter can pick, by name. */
export interface AuditActorRecord {
  id: number;
  fullName: string;
  role: Role;
}

/**
 * Fields of an event's changes (or of an audit read's filter) that hold another record's id, and
 * that record's resource: the server names them, the UI shows the name instead of the id.
 */
export const AUDIT_ID_FIELDS = {
  partnershipId: 'partnerships',
  organisationId: 'organisations',
  parentId: 'organisations',
  ownerId: 'users',
  actorId: 'users',
  userId: 'users',
  createdById: 'users',
  updatedById: 'users',
  completedById: 'users',
  requestedById: 'users',
  decidedById: 'users',
  uploadedById: 'users',
} as const satisfies Record<string, string>;
