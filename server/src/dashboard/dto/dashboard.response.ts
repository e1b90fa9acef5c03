import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ACTIVITY_ACTIONS,
  ACTIVITY_RESOURCES,
  type ActivityAction,
  type ActivityItem,
  type ActivityResource,
  ATTENTION_KINDS,
  type AuditTrailStatus,
  type AttentionGroup,
  type AttentionItem,
  type AttentionKind,
  type AttentionLink,
  type CountRow,
  type DashboardRecord,
  PARTNERSHIP_STATUSES,
  type PartnershipStatus,
} from '@klch/shared';
import type { Assert, SameKeys } from '../../common/http/same-keys';

/** For the API docs only: shared's dashboard types. */
export class CountRowResponse implements CountRow {
  @ApiProperty({ example: 'active' })
  key: string;

  @ApiProperty({ type: 'integer', example: 12 })
  count: number;
}

export class AttentionLinkResponse implements AttentionLink {
  @ApiProperty({ enum: ['partnerships', 'milestones', 'status-requests'], example: 'partnerships' })
  resource: AttentionLink['resource'];

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'The `filter` of the list that holds exactly this group (GET /api/<resource>?filter=…).',
    example: { status: 'active', expiresOn_gte: '2026-12-01', expiresOn_lte: '2027-03-01' },
  })
  filter: Record<string, unknown>;

  @ApiProperty({ example: { field: 'expiresOn', order: 'ASC' } })
  sort: { field: string; order: 'ASC' | 'DESC' };
}

export class AttentionItemResponse implements AttentionItem {
  @ApiProperty({ type: 'integer', description: "The listed record's id: a partnership, a milestone or a status-change request.", example: 7 })
  id: number;

  @ApiProperty({ type: 'integer', example: 7 })
  partnershipId: number;

  @ApiProperty({ example: 'KLCH-IR-2022-004' })
  code: string;

  @ApiProperty({ example: 'Memorandum of Understanding with Fundación Metrópoli' })
  title: string;

  @ApiProperty({ type: String, nullable: true })
  titleMs: string | null;

  @ApiProperty({ enum: [...PARTNERSHIP_STATUSES], example: 'active' })
  status: PartnershipStatus;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'What puts it here: the expiry or review date, the due date, the last activity, or when the request was made.',
    example: '2026-12-31',
  })
  date: string | null;

  @ApiProperty({ type: String, nullable: true, description: "A milestone's title, or the status a request asks for.", example: null })
  detail: string | null;
}

export class AttentionGroupResponse implements AttentionGroup {
  @ApiProperty({ enum: [...ATTENTION_KINDS], example: 'expiring_90' })
  kind: AttentionKind;

  @ApiProperty({ type: 'integer', description: 'How many records the linked list holds.', example: 3 })
  count: number;

  @ApiProperty({ type: [AttentionItemResponse], description: 'The first few, in the order of the linked list.' })
  items: AttentionItem[];

  @ApiProperty({ type: AttentionLinkResponse })
  link: AttentionLink;
}

export class ActivityItemResponse implements ActivityItem {
  @ApiProperty({ type: 'integer', description: "The audit event's seq.", example: 412 })
  id: number;

  @ApiProperty({ type: String, format: 'date-time', example: '2026-12-01T02:15:00.000Z' })
  at: string;

  @ApiProperty({ type: String, nullable: true, example: 'Demo Manager' })
  actorName: string | null;

  @ApiProperty({ enum: ACTIVITY_ACTIONS, example: 'approve' })
  action: ActivityAction;

  @ApiProperty({ enum: ACTIVITY_RESOURCES, example: 'status-requests' })
  entityType: ActivityResource;

  @ApiProperty({ type: 'integer', nullable: true, example: 3 })
  partnershipId: number | null;

  @ApiProperty({ type: String, nullable: true, example: 'KLCH-IR-2020-003' })
  code: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Proposed city partnership with Shenzhen' })
  title: string | null;

  @ApiProperty({ type: String, nullable: true, example: null })
  titleMs: string | null;

  @ApiProperty({ type: String, nullable: true, description: "A milestone's title, a document's file name, an organisation's name.", example: null })
  detail: string | null;

  @ApiProperty({ enum: PARTNERSHIP_STATUSES, nullable: true, description: 'The status a request asks for.', example: 'halted' })
  toStatus: PartnershipStatus | null;
}

class AuditTrailStatusResponse implements AuditTrailStatus {
  @ApiProperty({
    type: 'object',
    properties: { seq: { type: 'integer' }, at: { type: 'string', nullable: true } },
    example: { seq: 1204, at: '2026-12-01T02:15:00.000Z' },
  })
  head: AuditTrailStatus['head'];

  @ApiProperty({
    type: 'object',
    nullable: true,
    properties: { at: { type: 'string' }, actorName: { type: 'string', nullable: true } },
    example: { at: '2026-11-30T09:00:00.000Z', actorName: 'Demo Auditor' },
  })
  lastExport: AuditTrailStatus['lastExport'];

  @ApiProperty({
    type: 'array',
    items: {
      type: 'object',
      properties: {
        id: { type: 'integer' },
        at: { type: 'string' },
        actorName: { type: 'string', nullable: true },
        entityType: { type: 'string' },
        reason: { type: 'string', nullable: true },
      },
    },
  })
  refusals: AuditTrailStatus['refusals'];
}

export class DashboardResponse implements DashboardRecord {
  @ApiProperty({ type: String, format: 'date', description: "Kuala Lumpur's date the dashboard is for.", example: '2026-12-01' })
  today: string;

  @ApiProperty({ type: [CountRowResponse], description: 'Open (not archived) partnerships by status.' })
  byStatus: CountRow[];

  @ApiProperty({ type: [CountRowResponse], description: 'Open partnerships by category.' })
  byCategory: CountRow[];

  @ApiProperty({
    type: [CountRowResponse],
    description: "Open partnerships by their parties' countries (ISO 3166-1 alpha-2); one with partners in two countries counts in both.",
  })
  byCountry: CountRow[];

  @ApiProperty({ type: [CountRowResponse], description: 'Open partnerships by SDG target.' })
  bySdgTarget: CountRow[];

  @ApiProperty({
    type: [AttentionGroupResponse],
    description: "What needs attention, in a fixed order; the approval queue for managers, one's own pending requests for officers and managers.",
  })
  attention: AttentionGroup[];

  @ApiProperty({ type: [ActivityItemResponse], description: 'The latest changes to the register, newest first, each naming its partnership.' })
  recentActivity: ActivityItem[];

  @ApiPropertyOptional({
    type: AuditTrailStatusResponse,
    description: 'For auditors and admins: the chain head, the last export, the latest refused accesses.',
  })
  auditTrail?: AuditTrailStatus;
}

export type DashboardResponseIsExact = Assert<SameKeys<DashboardResponse, DashboardRecord>>;
export type AttentionGroupResponseIsExact = Assert<SameKeys<AttentionGroupResponse, AttentionGroup>>;
export type AttentionItemResponseIsExact = Assert<SameKeys<AttentionItemResponse, AttentionItem>>;
export type ActivityItemResponseIsExact = Assert<SameKeys<ActivityItemResponse, ActivityItem>>;
export type AuditTrailStatusResponseIsExact = Assert<SameKeys<AuditTrailStatusResponse, AuditTrailStatus>>;
