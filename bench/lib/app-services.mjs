/**
 * The app's TypeORM side, for running its own query code in-process: the entities the partnership,
 * audit, dashboard and notification services touch, and those services, as server/dist builds
 * them. Used by the driver comparison (bench/load/drivers.mjs) and by the test that compares the
 * app's statements with the floor's (bench/floor/floor.test.mjs). Separate from app.mjs, which the floor loads, so the floor
 * never loads TypeORM.
 */
import 'reflect-metadata';
import { AuditChainHeadEntity } from '../../server/dist/audit/audit-chain-head.entity.js';
import { AuditEventEntity } from '../../server/dist/audit/audit-event.entity.js';
import { AuditService } from '../../server/dist/audit/audit.service.js';
import { AuditChainVerifier } from '../../server/dist/audit-events/audit-chain-verifier.js';
import { AuditEventsService } from '../../server/dist/audit-events/audit-events.service.js';
import { DashboardService } from '../../server/dist/dashboard/dashboard.service.js';
import { MilestoneEntity } from '../../server/dist/milestones/milestone.entity.js';
import { MilestonesService } from '../../server/dist/milestones/milestones.service.js';
import { SessionEntity } from '../../server/dist/auth/sessions/session.entity.js';
import { SessionsService } from '../../server/dist/auth/sessions/sessions.service.js';
import { TransactionRunner } from '../../server/dist/database/transaction-runner.js';
import { OrganisationEntity } from '../../server/dist/organisations/organisation.entity.js';
import { PartnershipPartyEntity } from '../../server/dist/partnerships/partnership-party.entity.js';
import { PartnershipSdgTargetEntity } from '../../server/dist/partnerships/partnership-sdg-target.entity.js';
import { LiveEvents } from '../../server/dist/notifications/live-events.js';
import { MailDeliverer } from '../../server/dist/notifications/mail-deliverer.js';
import { NotificationEntity } from '../../server/dist/notifications/notification.entity.js';
import { NotificationsService } from '../../server/dist/notifications/notifications.service.js';
import { PartnershipEdits } from '../../server/dist/partnerships/partnership-edits.js';
import { PartnershipStatusChanges } from '../../server/dist/partnerships/partnership-status.js';
import { PartnershipEntity } from '../../server/dist/partnerships/partnership.entity.js';
import { PartnershipsService } from '../../server/dist/partnerships/partnerships.service.js';
import { StatusHistoryEntity } from '../../server/dist/partnerships/status-history.entity.js';
import { StatusRequestEntity } from '../../server/dist/status-requests/status-request.entity.js';
import { StatusRequestsService } from '../../server/dist/status-requests/status-requests.service.js';
import { UserEntity } from '../../server/dist/users/user.entity.js';

export { dataSourceOptions } from '../../server/dist/database/data-source-options.js';

export const ENTITIES = [
  PartnershipEntity,
  PartnershipPartyEntity,
  PartnershipSdgTargetEntity,
  StatusHistoryEntity,
  UserEntity,
  SessionEntity,
  AuditEventEntity,
  AuditChainHeadEntity,
  OrganisationEntity,
  MilestoneEntity,
  StatusRequestEntity,
  NotificationEntity,
];

/** The services as Nest would wire them, on a data source of the caller's. */
export function appServices(dataSource, { auditHeadKey = 'k'.repeat(40), sessionHours = 8 } = {}) {
  const db = new TransactionRunner(dataSource);
  const audit = new AuditService(db);
  const statusChanges = new PartnershipStatusChanges(audit);
  const edits = new PartnershipEdits();
  // No email (no SMTP_URL), and no streams open: as the app runs in the benchmark.
  const config = { mail: { smtpUrl: null, from: '' }, publicUrl: 'http://localhost' };
  const notifications = new NotificationsService(config, db, audit, new LiveEvents(), new MailDeliverer(config, db));
  // It registers the edit's stale-request check, as Nest's onModuleInit does in the app.
  const statusRequests = new StatusRequestsService(db, audit, statusChanges, edits, notifications);
  statusRequests.onModuleInit();
  const partnerships = new PartnershipsService(db, audit, statusChanges, edits);
  const milestones = new MilestonesService(db, audit);
  return {
    partnerships,
    milestones,
    statusRequests,
    notifications,
    dashboard: new DashboardService(db, partnerships, milestones, statusRequests),
    sessions: new SessionsService(db, audit, { sessionHours }),
    auditEvents: new AuditEventsService(db, audit, new AuditChainVerifier(db), auditHeadKey),
  };
}
