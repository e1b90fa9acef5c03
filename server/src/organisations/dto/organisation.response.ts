import { ApiProperty } from '@nestjs/swagger';
import { COORDINATE_LIMITS, ORGANISATION_TYPES, type OrganisationRecord, type OrganisationType } from '@klch/shared';
import type { Assert, SameKeys } from '../../common/http/same-keys';

/** For the API docs only: shared's OrganisationRecord, what every organisation route answers. */
export class OrganisationResponse implements OrganisationRecord {
  @ApiProperty({ type: 'integer', example: 3 })
  id: number;

  @ApiProperty({ type: String, example: 'Bureau of Energy Resources' })
  name: string;

  @ApiProperty({ type: String, isArray: true, example: ['ENR', 'BER'] })
  aliases: string[];

  @ApiProperty({ enum: [...ORGANISATION_TYPES], example: 'national_agency' })
  type: OrganisationType;

  @ApiProperty({ type: String, description: 'ISO 3166-1 alpha-2 code.', example: 'US' })
  country: string;

  @ApiProperty({ type: String, nullable: true, example: 'Washington' })
  city: string | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    minimum: -COORDINATE_LIMITS.latitude,
    maximum: COORDINATE_LIMITS.latitude,
    description: 'Of its city, in decimal degrees; null with longitude.',
    example: 38.9072,
  })
  latitude: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    minimum: -COORDINATE_LIMITS.longitude,
    maximum: COORDINATE_LIMITS.longitude,
    description: 'Of its city, in decimal degrees; null with latitude.',
    example: -77.0369,
  })
  longitude: number | null;

  @ApiProperty({ type: 'integer', nullable: true, description: 'The organisation this one belongs to.', example: 2 })
  parentId: number | null;

  @ApiProperty({ type: String, format: 'uri', nullable: true, example: null })
  website: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Bureau of the U.S. Department of State; partner in the energy sector under the Smart City program.',
  })
  notes: string | null;

  @ApiProperty({ type: Boolean, description: 'Part of the demo data loaded at a first start.', example: true })
  isDemoData: boolean;

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

export type OrganisationResponseIsExact = Assert<SameKeys<OrganisationResponse, OrganisationRecord>>;
