/**
 * The API's record shapes (product.md's field names, fixed). Both the server's responses and
 * the UI's views are typed by these.
 */
import type { AuditAction, AuditNames, FieldChanges } from './audit';
import type { Role } from './roles';
import type { OrganisationType } from './organisation-vocabulary';
import type { Alignment, Instrument, PartnershipCategory, PartnershipStatus, PartyRole } from './partnership-vocabulary';
import type { DocumentCategory, MilestoneKind, MilestoneStatus, StatusRequestState } from './workflow-vocabulary';

export type Language = 'en' | 'ms';
export const LANGUAGES: readonly Language[] = ['en', 'ms'];

export interface OrganisationRecord {
  id: number;
  name: string;
  aliases: string[];
  type: OrganisationType;
  country: string;
  city: string | null;
  /** Where the map places it (its city), in decimal degrees: both set or both null. */
  latitude: number | null;
  longitude: number | null;
  parentId: number | null;
  website: string | null;
  notes: string | null;
  isDemoData: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
  createdById: number | null;
  updatedById: number | null;
}

export interface PartyRecord {
  organisationId: number;
  role: PartyRole;
}

export interface PartnershipRecord {
  id: number;
  code: string;
  title: string;
  titleMs: string | null;
  summary: string | null;
  category: PartnershipCategory;
  instrument: Instrument;
  status: PartnershipStatus;
  statusReason: string | null;
  parties: PartyRecord[];
  themes: string[];
  sdgTargets: string[];
  alignment: Alignment[];
  leadDepartment: string | null;
  ownerId: number | null;
  ownerName: string | null;
  proposedOn: string | null;
  signedOn: string | null;
  effectiveFrom: string | null;
  expiresOn: string | null;
  nextReviewOn: string | null;
  isDemoData: boolean;
  demoNote: string | null;
  archivedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  createdById: number | null;
  updatedById: number | null;
}

/** GET /api/partnerships/:id?asOf=…: the record rebuilt from the audit trail as it stood then. */
export type PartnershipAsOfRecord = PartnershipRecord & { asOf: string };

export interface UserRecord {
  id: number;
  username: string;
  fullName: string;
  email: string | null;
  role: Role;
  active: boolean;
  language: Language;
  /** When the account last signed in; null: never. */
  lastLoginAt: string | null;
  /** Until when failed sign-ins lock the account out (the lockout's end); null: not locked now. */
  lockedUntil: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** Whom a partnership may be given to (GET /api/partnerships/owner-choices): an active officer or manager. */
export interface OwnerChoiceRecord {
  id: number;
  fullName: string;
  role: Role;
}

export interface SdgTargetRecord {
  /** The target's code, e.g. "17.16"; also its id. */
  id: string;
  code: string;
  goal: number;
  title: string;
}

export interface StatusRequestRecord {
  id: number;
  partnershipId: number;
  fromStatus: PartnershipStatus;
  toStatus: PartnershipStatus;
  reason: string | null;
  effectiveDate: string | null;
  signedOn: string | null;
  nextReviewOn: string | null;
  state: StatusRequestState;
  /** The partnership's version when the request was made: approval is refused if it moved on. */
  baseVersion: number;
  requestedById: number;
  requestedByName: string | null;
  requestedAt: string;
  decidedById: number | null;
  decidedByName: string | null;
  decidedAt: string | null;
  comment: string | null;
  /**
   * Derived, for a pending request whose partnership was changed after it was made (approval would
   * be refused): when, by whom and which fields. Null for any other request. Read-only.
   */
  staleSince: StaleSince | null;
}

/** What changed on a partnership since a request was made: the latest change's time and author, and every field changed since. */
export interface StaleSince {
  at: string;
  byName: string | null;
  fields: string[];
}

/** One applied change of a partnership's status (an approved request, or the record's creation). */
export interface StatusHistoryRecord {
  id: number;
  partnershipId: number;
  fromStatus: PartnershipStatus | null;
  toStatus: PartnershipStatus;
  reason: string | null;
  effectiveDate: string | null;
  requestId: number | null;
  requestedById: number | null;
  requestedByName: string | null;
  requestedAt: string | null;
  decidedById: number | null;
  decidedByName: string | null;
  decidedAt: string;
  comment: string | null;
}

export interface MilestoneRecord {
  id: number;
  partnershipId: number;
  title: string;
  kind: MilestoneKind;
  dueOn: string | null;
  completedOn: string | null;
  status: MilestoneStatus;
  /** Derived: due date passed, neither done nor cancelled. Read-only. */
  overdue: boolean;
  ownerId: number | null;
  /** Derived: the owner's full name, for readers who may not list users. Read-only. */
  ownerName: string | null;
  notes: string | null;
  /** Who set the status to done, and when (server time); cleared when it leaves done. Read-only. */
  completedById: number | null;
  /** Derived: the full name of completedById. Read-only. */
  completedByName: string | null;
  completedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  createdById: number | null;
  updatedById: number | null;
}

export interface DocumentRecord {
  id: number;
  partnershipId: number;
  category: DocumentCategory;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedById: number;
  /** Derived: the uploader's full name. Read-only. */
  uploadedByName: string | null;
  uploadedAt: string;
}

export interface AuditEventRecord {
  /** The sequence number. */
  id: number;
  at: string;
  actorId: number | null;
  actorName: string | null;
  actorRole: Role | null;
  action: AuditAction;
  /** The resource the event is about, as the API names it (`partnerships`). */
  entityType: string;
  entityId: string | null;
  changes: FieldChanges;
  reason: string | null;
  requestId: string | null;
  prevHash: string;
  hash: string;
}

/** An event as GET /api/audit-events lists and shows it: the stored event, and the names of the records it names. */
export interface AuditEventView extends AuditEventRecord {
  names: AuditNames;
}

/** The body of a 400/409/422 answer: what react-admin shows beside the inputs. */
export interface ApiErrorBody {
  statusCode: number;
  message: string;
  errors?: Record<string, string>;
}

/** One signed-in session of the user (GET /api/auth/sessions): a browser or a script holding a token. */
export interface SessionRecord {
  id: number;
  /** Readable from the User-Agent and the browser's client hints, e.g. "Chromium on Linux". */
  device: string;
  /** The User-Agent as sent at sign-in (cut to 500 characters), or null when none was sent. */
  userAgent: string | null;
  /** The address the sign-in came from (as TRUST_PROXY lets the server see it). */
  ip: string | null;
  signedInAt: string;
  /** The last request made with this session, to the minute (it is written at most once a minute). */
  lastSeenAt: string;
  expiresAt: string;
  /** The session this very request was made with. */
  current: boolean;
}
