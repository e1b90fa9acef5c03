import { AuditChainHeadEntity } from '../audit/audit-chain-head.entity';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { DocumentEntity } from '../documents/document.entity';
import { MilestoneEntity } from '../milestones/milestone.entity';
import { LoginThrottleEntity } from '../auth/login-throttle.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PartnershipPartyEntity } from '../partnerships/partnership-party.entity';
import { PartnershipSdgTargetEntity } from '../partnerships/partnership-sdg-target.entity';
import { PartnershipEntity } from '../partnerships/partnership.entity';
import { SdgTargetEntity } from '../sdg-targets/sdg-target.entity';
import { StatusHistoryEntity } from '../status-requests/status-history.entity';
import { StatusRequestEntity } from '../status-requests/status-request.entity';
import { UserEntity } from '../users/user.entity';

export const ENTITIES = [
  UserEntity,
  LoginThrottleEntity,
  OrganisationEntity,
  SdgTargetEntity,
  PartnershipEntity,
  PartnershipPartyEntity,
  PartnershipSdgTargetEntity,
  AuditEventEntity,
  AuditChainHeadEntity,
  StatusRequestEntity,
  StatusHistoryEntity,
  MilestoneEntity,
  DocumentEntity,
];
