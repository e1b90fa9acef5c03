/**
 * The API's record shapes (product.md's field names, fixed). Both the server's responses and
 * the UI's views are typed by these.
 */
import type { Role } from './roles';
import type { OrganisationType } from './organisation-vocabulary';
import type {
  Alignment,
  Instrument,
  PartnershipCategory,
  PartnershipStatus,
  PartyRole,
} from './partnership-vocabulary';

export type Language = 'en' | 'ms';
export const LANGUAGES: readonly Language[] = ['en', 'ms'];

export interface OrganisationRecord {
  id: number;
  name: string;
  aliases: string[];
  type: OrganisationType;
  country: string;
  city: string | null;
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

export interface UserRecord {
  id: number;
  username: string;
  fullName: string;
  email: string | null;
  role: Role;
  active: boolean;
  language: Language;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface SdgTargetRecord {
  /** The target's code, e.g. "17.16"; also its id. */
  id: string;
  code: string;
  goal: number;
  title: string;
}

/** The body of a 400/409/422 answer: what react-admin shows beside the inputs. */
export interface ApiErrorBody {
  statusCode: number;
  message: string;
  errors?: Record<string, string>;
}
