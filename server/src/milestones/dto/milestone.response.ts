import { ApiProperty } from '@nestjs/swagger';
import { MILESTONE_KINDS, MILESTONE_STATUSES, type MilestoneKind, type MilestoneRecord, type MilestoneStatus } from '@klch/shared';
import type { Assert, SameKeys } from '../../common/http/same-keys';

/** For the API docs only: shared's MilestoneRecord, what every milestone route answers. */
export class MilestoneResponse implements MilestoneRecord {
  @ApiProperty({ type: 'integer', example: 7 })
  id: number;

  @ApiProperty({ type: 'integer', example: 5 })
  partnershipId: number;

  @ApiProperty({ type: String, example: 'Study visit to Tokyo' })
  title: string;

  @ApiProperty({ enum: [...MILESTONE_KINDS], example: 'visit' })
  kind: MilestoneKind;

  @ApiProperty({ type: String, format: 'date', nullable: true, example: '2025-09-30' })
  dueOn: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'Set while the status is done.', example: null })
  completedOn: string | null;

  @ApiProperty({ enum: [...MILESTONE_STATUSES], example: 'planned' })
  status: MilestoneStatus;

  @ApiProperty({ type: Boolean, description: 'Derived: due before today (UTC), neither done nor cancelled.', example: false })
  overdue: boolean;

  @ApiProperty({ type: 'integer', nullable: true, example: 1 })
  ownerId: number | null;

  @ApiProperty({ type: String, nullable: true, description: "Derived: the owner's full name.", example: 'Demo Officer' })
  ownerName: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Demo data: agenda to be agreed with the partner.' })
  notes: string | null;

  @ApiProperty({ type: 'integer', nullable: true, description: 'Who set the status to done.', example: null })
  completedById: number | null;

  @ApiProperty({ type: String, nullable: true, description: 'Derived: the full name of completedById.', example: null })
  completedByName: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the status became done (server time).', example: null })
  completedAt: string | null;

  @ApiProperty({ type: 'integer', description: 'Send it back with a PUT: it changes on every save.', example: 1 })
  version: number;

  @ApiProperty({ type: String, format: 'date-time', example: '2025-06-30T08:15:00.000Z' })
  createdAt: string;

  @ApiProperty({ type: String, format: 'date-time', example: '2025-06-30T08:15:00.000Z' })
  updatedAt: string;

  @ApiProperty({ type: 'integer', nullable: true, example: 1 })
  createdById: number | null;

  @ApiProperty({ type: 'integer', nullable: true, example: 1 })
  updatedById: number | null;
}

export type MilestoneResponseIsExact = Assert<SameKeys<MilestoneResponse, MilestoneRecord>>;
