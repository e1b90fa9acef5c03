import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ChainHead } from '@klch/shared';
import type { Assert, SameKeys } from '../../common/http/same-keys';

const HASH_EXAMPLE = '3f5a0c2e9b1d4e7f8a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f';

/** For the API docs only: shared's ChainHead, the signed newest event. */
export class ChainHeadResponse implements ChainHead {
  @ApiProperty({ type: 'integer', description: "The newest event's sequence number (0 for an empty trail).", example: 42 })
  seq: number;

  @ApiProperty({ type: String, description: "The newest event's hash.", example: HASH_EXAMPLE })
  hash: string;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When the newest event was written.',
    example: '2025-06-30T08:15:00.000Z',
  })
  at: string | null;

  @ApiProperty({ type: String, description: 'HMAC-SHA256 of `${seq}:${hash}`, hex, with a key kept outside the database.', example: HASH_EXAMPLE })
  signature: string;
}

/** For the API docs only: the answer of a verification that found the chain intact. */
export class ChainIntactResponse {
  @ApiProperty({ type: Boolean, enum: [true], example: true })
  valid: true;

  @ApiProperty({ type: 'integer', description: 'How many events were checked.', example: 42 })
  count: number;

  @ApiProperty({ type: String, description: "The last event's hash.", example: HASH_EXAMPLE })
  headHash: string;

  @ApiPropertyOptional({ type: 'integer', description: 'With an exported head given: its seq, found with the same hash.', example: 40 })
  exportedHeadSeq?: number;
}

/** For the API docs only: the answer of a verification that found the chain broken. */
export class ChainBrokenResponse {
  @ApiProperty({ type: Boolean, enum: [false], example: false })
  valid: false;

  @ApiProperty({ type: 'integer', description: 'The first event that does not check out.', example: 17 })
  firstBadSeq: number;

  @ApiProperty({ type: String, example: 'Event 17 does not match its hash: its content was changed after it was written.' })
  reason: string;
}

export type ChainHeadResponseIsExact = Assert<SameKeys<ChainHeadResponse, ChainHead>>;
