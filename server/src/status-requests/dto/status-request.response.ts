import { ApiProperty } from '@nestjs/swagger';
import {
  PARTNERSHIP_STATUSES,
  type PartnershipStatus,
  type StaleSince,
  STATUS_REQUEST_STATES,
  type StatusRequestRecord,
  type StatusRequestState,
} from '@klch/shared';
import type { Assert, SameKeys } from '../../common/http/same-keys';

/** For the API docs only: shared's StatusRequestRecord, what every status-request route answers. */
export class StatusRequestResponse implements StatusRequestRecord {
  @ApiProperty({ type: 'integer', example: 7 })
  id: number;

  @ApiProperty({ type: 'integer', example: 3 })
  partnershipId: number;

  @ApiProperty({ enum: [...PARTNERSHIP_STATUSES], description: "The partnership's status when the request was made.", example: 'active' })
  fromStatus: PartnershipStatus;

  @ApiProperty({ enum: [...PARTNERSHIP_STATUSES], example: 'halted' })
  toStatus: PartnershipStatus;

  @ApiProperty({ type: String, nullable: true, example: 'COVID-19 outbreak' })
  reason: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true, example: '2020-03-18' })
  effectiveDate: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Only for a change to active.', example: null })
  signedOn: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Only for a change to halted.', example: '2026-12-01' })
  nextReviewOn: string | null;

  @ApiProperty({ enum: [...STATUS_REQUEST_STATES], example: 'pending' })
  state: StatusRequestState;

  @ApiProperty({
    type: 'integer',
    description: "The partnership's version when the request was made: approval is refused (409) if it moved on.",
    example: 4,
  })
  baseVersion: number;

  @ApiProperty({ type: 'integer', example: 1 })
  requestedById: number;

  @ApiProperty({ type: String, nullable: true, example: 'Demo Officer' })
  requestedByName: string | null;

  @ApiProperty({ type: String, format: 'date-time', example: '2025-06-30T08:15:00.000Z' })
  requestedAt: string;

  @ApiProperty({ type: 'integer', nullable: true, description: 'null while pending, and for a withdrawn request.', example: null })
  decidedById: number | null;

  @ApiProperty({ type: String, nullable: true, example: null })
  decidedByName: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When it was decided or withdrawn.', example: null })
  decidedAt: string | null;

  @ApiProperty({ type: String, nullable: true, description: "The decider's comment (required to reject).", example: null })
  comment: string | null;

  @ApiProperty({
    type: 'object',
    nullable: true,
    description:
      'Derived: for a pending request whose partnership changed after it was made (approval would be refused), when, by whom and which fields. Null otherwise.',
    properties: {
      at: { type: 'string', format: 'date-time' },
      byName: { type: 'string', nullable: true },
      fields: { type: 'array', items: { type: 'string' } },
    },
    example: null,
  })
  staleSince: StaleSince | null;
}

export type StatusRequestResponseIsExact = Assert<SameKeys<StatusRequestResponse, StatusRequestRecord>>;
