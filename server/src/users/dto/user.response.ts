import { ApiProperty } from '@nestjs/swagger';
import { type Language, LANGUAGES, type Role, ROLES, type UserRecord } from '@klch/shared';
import type { Assert, SameKeys } from '../../common/http/same-keys';

/** For the API docs only: shared's UserRecord (never the password hash). */
export class UserResponse implements UserRecord {
  @ApiProperty({ type: 'integer', example: 1 })
  id: number;

  @ApiProperty({ type: String, example: 'officer' })
  username: string;

  @ApiProperty({ type: String, example: 'Demo Officer' })
  fullName: string;

  @ApiProperty({ type: String, format: 'email', nullable: true, example: null })
  email: string | null;

  @ApiProperty({ enum: [...ROLES], example: 'officer' })
  role: Role;

  @ApiProperty({ type: Boolean, description: 'A deactivated account cannot sign in.', example: true })
  active: boolean;

  @ApiProperty({ enum: [...LANGUAGES], example: 'en' })
  language: Language;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'The last sign-in; null: never signed in.',
    example: '2025-07-01T01:30:00.000Z',
  })
  lastLoginAt: string | null;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Failed sign-ins lock the username out until then (an administrator can reset the password meanwhile); null: not locked.',
    example: null,
  })
  lockedUntil: string | null;

  @ApiProperty({ type: 'integer', description: 'Send it back with a PUT: it changes on every save.', example: 1 })
  version: number;

  @ApiProperty({ type: String, format: 'date-time', example: '2025-06-30T08:15:00.000Z' })
  createdAt: string;

  @ApiProperty({ type: String, format: 'date-time', example: '2025-06-30T08:15:00.000Z' })
  updatedAt: string;
}

export type UserResponseIsExact = Assert<SameKeys<UserResponse, UserRecord>>;
