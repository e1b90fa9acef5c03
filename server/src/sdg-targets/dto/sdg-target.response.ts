import { ApiProperty } from '@nestjs/swagger';
import { SDG_TARGETS, type SdgTargetRecord } from '@klch/shared';
import type { Assert, SameKeys } from '../../common/http/same-keys';

/** For the API docs only: shared's SdgTargetRecord, one of the 169 targets of the 2030 Agenda. */
export class SdgTargetResponse implements SdgTargetRecord {
  @ApiProperty({ type: String, description: "The target's code, which is also its id.", example: '17.16' })
  id: string;

  @ApiProperty({ type: String, example: '17.16' })
  code: string;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 17, example: 17 })
  goal: number;

  @ApiProperty({
    type: String,
    description: 'The official English text.',
    example: SDG_TARGETS.find((target) => target.code === '17.16')?.title,
  })
  title: string;
}

export type SdgTargetResponseIsExact = Assert<SameKeys<SdgTargetResponse, SdgTargetRecord>>;
