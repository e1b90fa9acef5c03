import type { INestApplicationContext } from '@nestjs/common';
import { PASSWORD_PROBLEM_REASONS, passwordProblem } from '@klch/shared';
import { ConfigError } from '../config/app-config';
import { SYSTEM_ACTOR } from '../audit/actor';
import { randomPassword } from '../common/passwords/password-hash';
import { sqlPlaceholders } from '../database/raw-sql';
import { addDays, todayInKualaLumpur } from '../database/timestamps';
import { TransactionRunner } from '../database/transaction-runner';
import { MilestonesService } from '../milestones';
import { OrganisationsService } from '../organisations';
import { PartnershipsService } from '../partnerships';
import { UsersService } from '../users';
import { DEMO_MILESTONES, DEMO_ORGANISATIONS, DEMO_PARTNERSHIPS, DEMO_STORY_DAY } from './demo-data';
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
  const milestones = app.get(MilestonesService);
  // The story's dates, moved to the day this database is created (demo-data.ts, DEMO_STORY_DAY).
  const shift = Math.round((Date.parse(todayInKualaLumpur()) - Date.parse(DEMO_STORY_DAY)) / 86_400_000);
  const moved = <T extends string | undefined>(date: T): T => (date === undefined ? date : (addDays(date, shift) as T));

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

  const partnershipIds = new Map<string, { id: number; ownerId: number }>();
  const dormant: Array<{ id: number; since: string }> = [];
  for (const demo of DEMO_PARTNERSHIPS) {
    const { parties, owner, status, statusReason, demoNote, codeYear, lastActivityOn, ...fields } = demo;
    const created = await partnerships.create(
      {
        ...fields,
        // What is still to come moves with the day; what already happened (signed, effective) stays as written.
        expiresOn: moved(fields.expiresOn),
        nextReviewOn: moved(fields.nextReviewOn),
        parties: parties.map((party) => ({ organisationId: organisationIds.get(party.key)!, role: party.role })),
        ownerId: userIds.get(owner)!,
      },
      SYSTEM_ACTOR,
      { status, statusReason, isDemoData: true, demoNote, codeYear },
    );
    partnershipIds.set(demo.title, { id: created.id, ownerId: userIds.get(owner)! });
    if (lastActivityOn) dormant.push({ id: created.id, since: moved(lastActivityOn) });
  }
  for (const { partnership, dueOn, ...fields } of DEMO_MILESTONES) {
    const parent = partnershipIds.get(partnership)!;
    await milestones.create({ ...fields, partnershipId: parent.id, dueOn: moved(dueOn), ownerId: parent.ownerId }, SYSTEM_ACTOR);
  }
  // The dormant one's record says when it last changed in the story. Only its timestamps move back:
  // the audit trail still says, truly, that the demo record was entered into this database today.
  for (const { id, since } of dormant) {
    const at = `${since}T02:00:00.000Z`;
    await app.get(TransactionRunner).write((manager) => {
      const [p1, p2, p3] = sqlPlaceholders(manager, 3);
      return manager.query(`UPDATE partnerships SET created_at = ${p1}, updated_at = ${p2} WHERE id = ${p3}`, [at, at, id]);
    });
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
