import { InitialSchema1764230400000 } from './1764230400000-initial-schema';
import { Workflow1764316800000 } from './1764316800000-workflow';
import { AuditInsertsOnlyAtTheHead1764900000000 } from './1764900000000-audit-inserts-only-at-the-head';
import { LoginIpThrottle1764910000000 } from './1764910000000-login-ip-throttle';
import { Sessions1764920000000 } from './1764920000000-sessions';
import { PartnershipListIndexesAndCounts1764990000000 } from './1764990000000-partnership-list-indexes-and-counts';
import { AuditTrailAtScale1765000000000 } from './1765000000000-audit-trail-at-scale';
import { DashboardIndexes1765100000000 } from './1765100000000-dashboard-indexes';
import { OrganisationCoordinates1765200000000 } from './1765200000000-organisation-coordinates';
import { Notifications1765300000000 } from './1765300000000-notifications';
import { PartnershipsOwnerIndex1765400000000 } from './1765400000000-partnerships-owner-index';

/** Every migration, oldest first. A new migration is a new file here; applied ones never change. */
export const MIGRATIONS = [
  InitialSchema1764230400000,
  Workflow1764316800000,
  AuditInsertsOnlyAtTheHead1764900000000,
  LoginIpThrottle1764910000000,
  Sessions1764920000000,
  PartnershipListIndexesAndCounts1764990000000,
  AuditTrailAtScale1765000000000,
  DashboardIndexes1765100000000,
  OrganisationCoordinates1765200000000,
  Notifications1765300000000,
  PartnershipsOwnerIndex1765400000000,
];
