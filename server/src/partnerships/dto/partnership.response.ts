import { ApiProperty } from '@nestjs/swagger';
import {
  ALIGNMENTS,
  type Alignment,
  INSTRUMENTS,
  type Instrument,
  PARTNERSHIP_CATEGORIES,
  PARTNERSHIP_STATUSES,
  PARTY_ROLES,
  type PartnershipCategory,
  type PartnershipAsOfRecord,
  type PartnershipRecord,
  type PartnershipStatus,
  type PartyRecord,
  type PartyRole,
} from '@klch/shared';
import type { Assert, SameKeys } from '../../common/http/same-keys';

/** For the API docs only: shared's PartyRecord. */
export class PartyResponse implements PartyRecord {
  @ApiProperty({ type: 'integer', example: 6 })
  organisationId: number;

  @ApiProperty({ enum: [...PARTY_ROLES], example: 'counterpart' })
  role: PartyRole;
}

/** For the API docs only: shared's PartnershipRecord, what every partnership route answers. */
export class PartnershipResponse implements PartnershipRecord {
  @ApiProperty({ type: 'integer', example: 4 })
  id: number;

  @ApiProperty({ type: String, description: 'The reference code, given by the server: KLCH-IR-year-number.', example: 'KLCH-IR-2021-002' })
  code: string;

  @ApiProperty({ type: String, example: 'Sister city nomination: Zhengzhou' })
  title: string;

  @ApiProperty({ type: String, nullable: true, example: 'Pencalonan bandar kembar: Zhengzhou' })
  titleMs: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Zhengzhou City nominated in 2021 by UCLG ASPAC as a sister city to Kuala Lumpur.' })
  summary: string | null;

  @ApiProperty({ enum: [...PARTNERSHIP_CATEGORIES], example: 'international_city' })
  category: PartnershipCategory;

  @ApiProperty({ enum: [...INSTRUMENTS], example: 'sister_city' })
  instrument: Instrument;

  @ApiProperty({ enum: [...PARTNERSHIP_STATUSES], description: 'Changed only through the approval workflow.', example: 'nominated' })
  status: PartnershipStatus;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Why it has its status, when that needs saying.',
    example: 'Nominated in 2021 by UCLG ASPAC as a sister city to Kuala Lumpur',
  })
  statusReason: string | null;

  @ApiProperty({
    type: () => PartyResponse,
    isArray: true,
    example: [
      { organisationId: 6, role: 'counterpart' },
      { organisationId: 7, role: 'nominator' },
    ],
  })
  parties: PartyResponse[];

  @ApiProperty({ type: String, isArray: true, example: ['energy', 'smart_city'] })
  themes: string[];

  @ApiProperty({ type: String, isArray: true, description: 'SDG target codes, in the official order.', example: ['17.16'] })
  sdgTargets: string[];

  @ApiProperty({ enum: [...ALIGNMENTS], isArray: true, example: ['kl2040', 'nua', 'agenda2030'] })
  alignment: Alignment[];

  @ApiProperty({ type: String, nullable: true, example: 'International Relations' })
  leadDepartment: string | null;

  @ApiProperty({ type: 'integer', nullable: true, example: 1 })
  ownerId: number | null;

  @ApiProperty({ type: String, nullable: true, description: "The owner's full name.", example: 'Demo Officer' })
  ownerName: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true, example: '2022-11-01' })
  proposedOn: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true, example: '2023-05-10' })
  signedOn: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true, example: '2023-05-10' })
  effectiveFrom: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true, example: '2028-05-09' })
  expiresOn: string | null;

  @ApiProperty({ type: String, format: 'date', nullable: true, example: '2027-05-10' })
  nextReviewOn: string | null;

  @ApiProperty({ type: Boolean, description: 'Part of the demo data loaded at a first start.', example: true })
  isDemoData: boolean;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'For demo data: which details come from the source and which are invented.',
    example:
      "Partner, subject and status are from KL's SDG 17 report. Demo data: the owner is invented; the source gives the year of the nomination (2021) but no date.",
  })
  demoNote: string | null;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When it was archived (DELETE); null while it is current.',
    example: null,
  })
  archivedAt: string | null;

  @ApiProperty({ type: 'integer', description: 'Send it back with a PUT: it changes on every save.', example: 1 })
  version: number;

  @ApiProperty({ type: String, format: 'date-time', example: '2025-06-30T08:15:00.000Z' })
  createdAt: string;

  @ApiProperty({ type: String, format: 'date-time', example: '2025-06-30T08:15:00.000Z' })
  updatedAt: string;

  @ApiProperty({ type: 'integer', nullable: true, description: 'null for records the system created (the demo data).', example: null })
  createdById: number | null;

  @ApiProperty({ type: 'integer', nullable: true, example: null })
  updatedById: number | null;
}

export type PartyResponseIsExact = Assert<SameKeys<PartyResponse, PartyRecord>>;
export type PartnershipResponseIsExact = Assert<SameKeys<PartnershipResponse, PartnershipRecord>>;

/** For the API docs only: shared's PartnershipAsOfRecord, a partnership as it stood at a past time. */
export class PartnershipAsOfResponse extends PartnershipResponse implements PartnershipAsOfRecord {
  @ApiProperty({ type: String, format: 'date-time', description: 'The time the record is rebuilt for.', example: '2023-06-30T23:59:59.999Z' })
  asOf: string;
}

export type PartnershipAsOfResponseIsExact = Assert<SameKeys<PartnershipAsOfResponse, PartnershipAsOfRecord>>;
