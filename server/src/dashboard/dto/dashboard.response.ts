import { ApiProperty } from '@nestjs/swagger';
import {
  ATTENTION_KINDS,
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
}

export type DashboardResponseIsExact = Assert<SameKeys<DashboardResponse, DashboardRecord>>;
export type AttentionGroupResponseIsExact = Assert<SameKeys<AttentionGroupResponse, AttentionGroup>>;
export type AttentionItemResponseIsExact = Assert<SameKeys<AttentionItemResponse, AttentionItem>>;
