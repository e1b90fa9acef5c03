import { In, type EntityManager } from 'typeorm';
import { OWNER_ROLES, type OwnerChoiceRecord } from '@klch/shared';
import { ruleViolation } from '../common/errors/http-errors';
import { UserEntity } from './user.entity';
import { type Message, msg } from '../common/i18n/message';

const OWNER_RULE = msg('users.ownerRuleField');

/**
 * The rule for the person responsible for a partnership or a milestone: an active account whose
 * role may own one (shared OWNER_ROLES). Answers what is wrong with `ownerId`, or null.
 */
export async function ownerProblem(manager: EntityManager, ownerId: number): Promise<Message | null> {
  const owner = await manager.getRepository(UserEntity).findOne({ where: { id: ownerId }, select: ['id', 'role', 'active'] });
  return owner && owner.active && OWNER_ROLES.includes(owner.role) ? null : OWNER_RULE;
}

/** The same rule as a 422 of its own, for a record whose only such check is its owner. */
export async function checkOwner(manager: EntityManager, ownerId: number): Promise<void> {
  const problem = await ownerProblem(manager, ownerId);
  if (problem) throw ruleViolation(msg('users.ownerRule'), { ownerId: problem });
}

/**
 * Everyone the rule above accepts, by name: the owner picker's choices. Officers may not list
 * users (an admin's resource), so they get these three fields of the eligible accounts and no more.
 */
export async function ownerChoices(manager: EntityManager): Promise<OwnerChoiceRecord[]> {
  const users = await manager.getRepository(UserEntity).find({
    where: { active: true, role: In([...OWNER_ROLES]) },
    select: ['id', 'fullName', 'role'],
    order: { fullName: 'ASC', id: 'ASC' },
  });
  return users.map(({ id, fullName, role }) => ({ id, fullName, role }));
}
