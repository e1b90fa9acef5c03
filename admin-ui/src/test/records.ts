import type { DocumentRecord, MilestoneRecord, OrganisationRecord, PartnershipRecord, StatusRequestRecord, UserRecord } from '@klch/shared';

/**
 * Records as the API answers them, for component tests: every field there, the values unremarkable,
 * so a test states only what it is about (`aPartnership({ status: 'halted' })`).
 */
const stamps = { version: 1, createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z', createdById: null, updatedById: null };

export const aPartnership = (overrides: Partial<PartnershipRecord> = {}): PartnershipRecord => ({
  id: 7,
  code: 'KLCH-IR-2024-007',
  title: 'Smart city partnership',
  titleMs: null,
  summary: null,
  category: 'international_city',
  instrument: 'mou',
  status: 'active',
  statusReason: null,
  parties: [],
  themes: [],
  sdgTargets: [],
  alignment: [],
  leadDepartment: null,
  ownerId: null,
  ownerName: null,
  proposedOn: null,
  signedOn: null,
  effectiveFrom: null,
  expiresOn: null,
  nextReviewOn: null,
  isDemoData: false,
  demoNote: null,
  archivedAt: null,
  ...stamps,
  ...overrides,
});

export const anOrganisation = (overrides: Partial<OrganisationRecord> = {}): OrganisationRecord => ({
  id: 3,
  name: 'Tokyo Metropolitan Government',
  aliases: ['TMG'],
  type: 'city_government',
  country: 'JP',
  city: 'Tokyo',
  latitude: 35.6762,
  longitude: 139.6503,
  parentId: null,
  website: null,
  notes: null,
  isDemoData: false,
  ...stamps,
  ...overrides,
});

export const aUser = (overrides: Partial<UserRecord> = {}): UserRecord => ({
  id: 2,
  username: 'officer',
  fullName: 'Demo Officer',
  email: null,
  role: 'officer',
  active: true,
  language: 'en',
  lastLoginAt: null,
  lockedUntil: null,
  version: 1,
  createdAt: stamps.createdAt,
  updatedAt: stamps.updatedAt,
  ...overrides,
});

export const aMilestone = (overrides: Partial<MilestoneRecord> = {}): MilestoneRecord => ({
  id: 11,
  partnershipId: 7,
  title: 'Study visit to Tokyo',
  kind: 'visit',
  dueOn: '2030-06-30',
  completedOn: null,
  status: 'planned',
  overdue: false,
  ownerId: 2,
  ownerName: 'Demo Officer',
  notes: null,
  completedById: null,
  completedByName: null,
  completedAt: null,
  ...stamps,
  ...overrides,
});

export const aStatusRequest = (overrides: Partial<StatusRequestRecord> = {}): StatusRequestRecord => ({
  id: 12,
  partnershipId: 7,
  fromStatus: 'active',
  toStatus: 'halted',
  reason: 'COVID-19 outbreak',
  effectiveDate: '2026-11-27',
  signedOn: null,
  nextReviewOn: '2027-03-01',
  state: 'pending',
  baseVersion: 4,
  requestedById: 3,
  requestedByName: 'Demo Manager',
  requestedAt: '2026-11-27T08:00:00.000Z',
  decidedById: null,
  decidedByName: null,
  decidedAt: null,
  comment: null,
  staleSince: null,
  ...overrides,
});

export const aDocument = (overrides: Partial<DocumentRecord> = {}): DocumentRecord => ({
  id: 21,
  partnershipId: 7,
  category: 'signed_agreement',
  fileName: 'signed-mou.pdf',
  contentType: 'application/pdf',
  size: 1024,
  sha256: '0'.repeat(64),
  uploadedById: 2,
  uploadedByName: 'Demo Officer',
  uploadedAt: '2026-11-27T06:05:00.000Z',
  ...overrides,
});
