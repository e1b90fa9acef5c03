import { ApiProperty } from '@nestjs/swagger';
import {
  CALENDAR_KINDS,
  type CalendarEntry,
  type CalendarKind,
  type CalendarRecord,
  MAX_CALENDAR_ENTRIES,
  MILESTONE_STATUSES,
  type MilestoneStatus,
  PARTNERSHIP_STATUSES,
  type PartnershipStatus,
} from '@klch/shared';
import type { Assert, SameKeys } from '../../common/http/same-keys';

/** For the API docs only: shared's calendar types. */
export class CalendarEntryResponse implements CalendarEntry {
  @ApiProperty({ description: 'Stable: `milestone-<id>`, `expiry-<partnership id>` or `review-<partnership id>`.', example: 'milestone-12' })
  key: string;

  @ApiProperty({ enum: CALENDAR_KINDS, example: 'milestone' })
  kind: CalendarKind;

  @ApiProperty({ description: 'The due, expiry or review date (yyyy-mm-dd).', example: '2026-12-15' })
  date: string;

  @ApiProperty({ type: 'integer', example: 4 })
  partnershipId: number;

  @ApiProperty({ example: 'KLCH-IR-2022-004' })
  code: string;

  @ApiProperty({ example: 'Smart City partnership with Fundación Metrópoli' })
  title: string;

  @ApiProperty({ type: String, nullable: true, example: null })
  titleMs: string | null;

  @ApiProperty({ enum: PARTNERSHIP_STATUSES, description: "The partnership's status.", example: 'active' })
  status: PartnershipStatus;

  @ApiProperty({ type: 'integer', nullable: true, example: 12 })
  milestoneId: number | null;

  @ApiProperty({ type: String, nullable: true, example: 'Joint workshop on energy data' })
  milestoneTitle: string | null;

  @ApiProperty({ enum: MILESTONE_STATUSES, nullable: true, example: 'planned' })
  milestoneStatus: MilestoneStatus | null;

  @ApiProperty({ type: 'integer', nullable: true, example: 2 })
  ownerId: number | null;

  @ApiProperty({ type: String, nullable: true, example: 'Demo Officer' })
  ownerName: string | null;
}

export class CalendarResponse implements CalendarRecord {
  @ApiProperty({ example: '2026-12-01' })
  from: string;

  @ApiProperty({ example: '2026-12-31' })
  to: string;

  @ApiProperty({ type: [CalendarEntryResponse] })
  entries: CalendarEntry[];

  @ApiProperty({ description: `More entries matched than one answer holds (${MAX_CALENDAR_ENTRIES}): only the earliest are here.`, example: false })
  truncated: boolean;
}

export type CalendarEntryResponseIsExact = Assert<SameKeys<CalendarEntryResponse, CalendarEntry>>;
export type CalendarResponseIsExact = Assert<SameKeys<CalendarResponse, CalendarRecord>>;
