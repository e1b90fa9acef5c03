import type { UserRecord } from '@klch/shared';
import type { UserEntity } from './user.entity';

/** The public face of a user: never the password hash or the token version. */
export function toUserRecord(row: UserEntity): UserRecord {
  return {
    id: row.id,
    username: row.username,
    fullName: row.fullName,
    email: row.email,
    role: row.role,
    active: row.active,
    language: row.language,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
