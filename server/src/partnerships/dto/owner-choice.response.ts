import { ApiProperty } from '@nestjs/swagger';
import { OWNER_ROLES, type OwnerChoiceRecord, type Role } from '@klch/shared';
import type { Assert, SameKeys } from '../../common/http/same-keys';

/** For the API docs only: shared's OwnerChoiceRecord, one person a partnership may be given to. */
export class OwnerChoiceResponse implements OwnerChoiceRecord {
  @ApiProperty({ type: 'integer', example: 1 })
  id: number;

  @ApiProperty({ type: String, example: 'Demo Officer' })
  fullName: string;

  @ApiProperty({ enum: [...OWNER_ROLES], example: 'officer' })
  role: Role;
}

export type OwnerChoiceResponseIsExact = Assert<SameKeys<OwnerChoiceResponse, OwnerChoiceRecord>>;
