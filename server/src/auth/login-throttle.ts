import type { EntityManager } from 'typeorm';
import { tooManyRequests } from '../common/errors/http-errors';
import { msg, timeRef } from '../common/i18n/message';
import type { AppConfig } from '../config/app-config';
import { forUpdate } from '../database/locks';
import { LoginThrottleEntity } from './login-throttle.entity';

/** 429 for a locked account name; worded the same whether or not the account exists. */
export const accountLocked = (until: string) => tooManyRequests(msg('auth.lockedUsername', { until: timeRef(until) }));

/** 429 for a signed-in user who got their current password wrong too often; they stay signed in. */
export const passwordChangeLocked = (until: string) => tooManyRequests(msg('auth.lockedAccount', { until: timeRef(until) }));

/**
 * What reserving a guess found: `lockedUntil` set, the name is locked and the guess is not checked;
 * otherwise the guess may be checked, and `locksIfWrong` is set when a wrong one locks the name.
 */
export interface GuessSlot {
  lockedUntil: string | null;
  locksIfWrong: string | null;
}

/**
 * Counts a password guess for an account name BEFORE the password is checked, so a burst of
 * parallel guesses cannot all be checked while the count catches up: of N concurrent guesses at
 * most the threshold get a slot, the rest are refused unchecked. The count is a failure until the
 * guess proves right (`clearFailures`); a crash in between leaves it counted, never uncounted.
 * The threshold-th slot locks the name at once; a right password in it unlocks it again.
 */
export async function reserveGuess(manager: EntityManager, config: AppConfig, username: string): Promise<GuessSlot> {
  const now = new Date();
  const nowIso = now.toISOString();
  const windowStart = new Date(now.getTime() - config.lockoutMinutes * 60_000).toISOString();
  const repository = manager.getRepository(LoginThrottleEntity);
  await repository.createQueryBuilder().insert().values({ username, failures: 0, firstFailureAt: nowIso, lockedUntil: null }).orIgnore().execute();
  // The row stays locked until the transaction ends (see database/locks.ts): concurrent guesses queue here.
  const row = (await forUpdate(repository.createQueryBuilder('t').where('t.username = :username', { username })).getOne())!;
  if (row.lockedUntil && row.lockedUntil > nowIso) return { lockedUntil: row.lockedUntil, locksIfWrong: null };

  const fresh = row.firstFailureAt < windowStart;
  const failures = fresh ? 1 : row.failures + 1;
  const locksIfWrong = failures >= config.lockoutThreshold ? new Date(now.getTime() + config.lockoutMinutes * 60_000).toISOString() : null;
  await repository.update(
    { username },
    {
      failures: locksIfWrong ? 0 : failures,
      firstFailureAt: fresh ? nowIso : row.firstFailureAt,
      lockedUntil: locksIfWrong ?? row.lockedUntil,
    },
  );
  return { lockedUntil: null, locksIfWrong };
}

/** A right password: the name's earlier failures (and a lock its own slot took) are forgotten. */
export async function clearFailures(manager: EntityManager, username: string): Promise<void> {
  await manager.getRepository(LoginThrottleEntity).delete({ username });
}
