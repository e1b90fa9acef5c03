import { ApiProperty } from '@nestjs/swagger';
import { PARTNERSHIP_STATUSES, type PartnershipStatus, type StatusHistoryRecord } from '@klch/shared';
import type { Assert, SameKeys } from '../../common/http/same-keys';

/** For the API docs only: shared's StatusHistoryRecord, one applied change of a partnership's status. */
export class StatusHistoryResponse implements StatusHistoryRecord {
  @ApiProperty({ type: 'integer', example: 12 })
  id: number;

  @ApiProperty({ type: 'integer', example: 3 })
  partnershipId: number;

  @ApiProperty({
    enum: [...PARTNERSHIP_STATUSES],
    nullable: true,
    description: 'null for the status the partnership was created with.',
    example: 'active',
  })
  fromStatus: PartnershipStatus | null;

  @ApiProperty({ enum: [...PARTNERSHIP_STATUSES], example: 'halted' })
  toStatus: PartnershipStatus;

  @ApiProperty({ type: String, nullable: true, example: 'COVID-19 outbreak' })
  reason: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'When the change took effect, as requested.', example: '2020-03-18' })
  effectiveDate: string | null;

  @ApiProperty({ type: 'integer', nullable: true, description: 'The approved request (null for the creation).', example: 7 })
  requestId: number | null;

  @ApiProperty({ type: 'integer', nullable: true, example: 1 })
  requestedById: number | null;

  @ApiProperty({ type: String, nullable: true, example: 'Demo Officer' })
  requestedByName: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: '2025-06-30T08:15:00.000Z' })
  requestedAt: string | null;

  @ApiProperty({ type: 'integer', nullable: true, description: 'null for records the system created (the demo data).', example: 2 })
  decidedById: number | null;

  @ApiProperty({ type: String, nullable: true, example: 'Demo Manager' })
  decidedByName: string | null;

  @ApiProperty({ type: String, format: 'date-time', example: '2025-07-01T02:00:00.000Z' })
  decidedAt: string;

  @ApiProperty({ type: String, nullable: true, example: 'Agreed at the review meeting.' })
  comment: string | null;
}

export type StatusHistoryResponseIsExact = Assert<SameKeys<StatusHistoryResponse, StatusHistoryRecord>>;
