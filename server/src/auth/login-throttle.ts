import { HttpException, HttpStatus } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { utcTime } from '../common/errors/message-time';
import type { AppConfig } from '../config/app-config';
import { forUpdate } from '../database/locks';
import { nowIso } from '../database/timestamps';
import { LoginThrottleEntity } from './login-throttle.entity';

/** 429 for a locked account name; worded the same whether or not the account exists. */
export class AccountLockedException extends HttpException {
  constructor(until: string) {
    super(
      { message: `Too many failed sign-ins for this username. Try again after ${utcTime(until)}, or ask an administrator.` },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}

export async function lockedUntil(manager: EntityManager, username: string): Promise<string | null> {
  const row = await manager.getRepository(LoginThrottleEntity).findOne({ where: { username } });
  return row?.lockedUntil && row.lockedUntil > nowIso() ? row.lockedUntil : null;
}

/**
 * Counts a failure for the name typed; the threshold-th failure within the window locks it.
 * Returns the lock's end when this failure locked it.
 */
export async function recordFailure(manager: EntityManager, config: AppConfig, username: string): Promise<string | null> {
  const now = new Date();
  const windowStart = new Date(now.getTime() - config.lockoutMinutes * 60_000).toISOString();
  const repository = manager.getRepository(LoginThrottleEntity);
  await repository
    .createQueryBuilder()
    .insert()
    .values({ username, failures: 0, firstFailureAt: now.toISOString(), lockedUntil: null })
    .orIgnore()
    .execute();
  // The row stays locked until the transaction ends (see database/locks.ts): concurrent failures all count.
  const row = (await forUpdate(repository.createQueryBuilder('t').where('t.username = :username', { username })).getOne())!;
  const fresh = row.firstFailureAt < windowStart;
  const failures = fresh ? 1 : row.failures + 1;
  const locked = failures >= config.lockoutThreshold ? new Date(now.getTime() + config.lockoutMinutes * 60_000).toISOString() : null;
  await repository.update(
    { username },
    { failures: locked ? 0 : failures, firstFailureAt: fresh ? now.toISOString() : row.firstFailureAt, lockedUntil: locked ?? row.lockedUntil },
  );
  return locked;
}

export async function clearFailures(manager: EntityManager, username: string): Promise<void> {
  await manager.getRepository(LoginThrottleEntity).delete({ username });
}
