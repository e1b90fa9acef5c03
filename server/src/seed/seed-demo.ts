import type { INestApplicationContext } from '@nestjs/common';
import { PASSWORD_PROBLEM_REASONS, passwordProblem } from '@klch/shared';
import { ConfigError } from '../config/app-config';
import { SYSTEM_ACTOR } from '../audit/actor';
import { randomPassword } from '../common/passwords/password-hash';
import { OrganisationsService } from '../organisations';
import { PartnershipsService } from '../partnerships';
import { UsersService } from '../users';
import { DEMO_ORGANISATIONS, DEMO_PARTNERSHIPS } from './demo-data';
import { DEMO_USERS } from './demo-users';

export interface DemoLogin {
  username: string;
  role: string;
  password: string;
}

/**
 * Fills a new demo database through the same services the API uses, so the demo records are
 * validated and audited like any other. Returns the logins to print once.
 */
export async function seedDemo(app: INestApplicationContext, demoPassword: string | null): Promise<DemoLogin[]> {
  const users = app.get(UsersService);
  const organisations = app.get(OrganisationsService);
  const partnerships = app.get(PartnershipsService);

  if (demoPassword !== null) checkDemoPassword(demoPassword);
  const logins: DemoLogin[] = [];
  const userIds = new Map<string, number>();
  for (const demo of DEMO_USERS) {
    const password = demoPassword ?? randomPassword();
    const user = await users.create({ ...demo, email: null, password }, SYSTEM_ACTOR);
    userIds.set(demo.username, user.id);
    logins.push({ username: demo.username, role: demo.role, password });
  }

  const organisationIds = new Map<string, number>();
  for (const { key, parentKey, ...fields } of DEMO_ORGANISATIONS) {
    const parentId = parentKey ? organisationIds.get(parentKey) : undefined;
    const created = await organisations.create({ ...fields, parentId: parentId ?? null }, SYSTEM_ACTOR, { isDemoData: true });
    organisationIds.set(key, created.id);
  }

  for (const demo of DEMO_PARTNERSHIPS) {
    const { parties, owner, status, statusReason, demoNote, codeYear, ...fields } = demo;
    await partnerships.create(
      {
        ...fields,
        parties: parties.map((party) => ({ organisationId: organisationIds.get(party.key)!, role: party.role })),
        ownerId: userIds.get(owner)!,
      },
      SYSTEM_ACTOR,
      { status, statusReason, isDemoData: true, demoNote, codeYear },
    );
  }
  return logins;
}

/**
 * DEMO_PASSWORD becomes every demo user's password, so it must pass the rule for each of them
 * (loadConfig checked the rest; only here are the usernames known). A setting, so a ConfigError.
 */
export function checkDemoPassword(demoPassword: string): void {
  for (const demo of DEMO_USERS) {
    const problem = passwordProblem(demoPassword, demo.username);
    if (problem) throw new ConfigError(`DEMO_PASSWORD is refused for the demo user "${demo.username}": it ${PASSWORD_PROBLEM_REASONS[problem]}.`);
  }
}
