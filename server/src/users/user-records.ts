import type { UserRecord } from '@klch/shared';
import type { UserEntity } from './user.entity';

/**
 * The public face of a user: never the password hash or the token version. `lockedUntil` comes
 * from the sign-in throttle (user-lockouts.ts), not the row; an answer to the user themself (a
 * sign-in, their profile) passes none, as a locked account cannot be signed in.
 */
export function toUserRecord(row: UserEntity, lockedUntil: string | null = null): UserRecord {
  return {
    id: row.id,
    username: row.username,
    fullName: row.fullName,
    email: row.email,
    role: row.role,
    active: row.active,
    language: row.language,
    lastLoginAt: row.lastLoginAt,
    lockedUntil,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/**
 * What the audit trail records of an account: not the last sign-in (its own `login` events say
 * it) nor the lockout (a fact of the sign-in throttle, not a change anyone made to the account).
 */
export function auditedUser({
  lastLoginAt: _lastLoginAt,
  lockedUntil: _lockedUntil,
  ...audited
}: UserRecord): Omit<UserRecord, 'lastLoginAt' | 'lockedUntil'> {
  return audited;
}
