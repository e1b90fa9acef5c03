import type { INestApplicationContext } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import type { Actor } from '../audit/actor';
import { randomPassword } from '../common/passwords/password-hash';
import { TransactionRunner } from '../database/transaction-runner';
import { UserEntity, UsersService } from '../users';
import { UpdateUserDto } from '../users/dto/update-user.dto';
import { DEMO_USERS } from './demo-users';
import { checkDemoPassword, type DemoLogin } from './seed-demo';

/** Who the audit trail names for these resets. */
export const DEMO_PASSWORDS_ACTOR: Actor = { id: null, name: 'command line (demo:passwords)', role: null, requestId: null };

/** Refused on a database that holds no demo data: its accounts are real people's. */
export class NotADemoDatabaseError extends Error {}

/**
 * New passwords for the demo accounts of a demo database (one made by a first start outside
 * production, which marks its records as demo data): `DEMO_PASSWORD` for all when given, else a
 * new random one each. Each reset goes through UsersService like an administrator's, so it is
 * audited ("password reset", the password itself never in the trail) and ends that account's
 * sessions. A demo account since removed or renamed is skipped.
 */
export async function resetDemoPasswords(app: INestApplicationContext, demoPassword: string | null): Promise<DemoLogin[]> {
  if (demoPassword !== null) checkDemoPassword(demoPassword);
  const db = app.get(TransactionRunner);
  const { demoRecords, accounts } = await db.read(async (manager) => {
    const [{ n }] = (await manager.query('SELECT COUNT(*) AS n FROM partnerships WHERE is_demo_data')) as Array<{ n: number | string }>;
    const found = await Promise.all(DEMO_USERS.map((demo) => manager.findOne(UserEntity, { where: { username: demo.username } })));
    return { demoRecords: Number(n), accounts: found.filter((user): user is UserEntity => user !== null) };
  });
  if (demoRecords === 0) {
    throw new NotADemoDatabaseError(
      'This database holds no demo data, so its accounts are not demo accounts: demo:passwords changes nothing here. ' +
        'Reset a real account from the Users page (or with user:create for a new one).',
    );
  }
  const users = app.get(UsersService);
  const logins: DemoLogin[] = [];
  for (const account of accounts) {
    const password = demoPassword ?? randomPassword();
    await users.update(account.id, plainToInstance(UpdateUserDto, { version: account.version, password }), DEMO_PASSWORDS_ACTOR);
    logins.push({ username: account.username, role: account.role, password });
  }
  return logins;
}
