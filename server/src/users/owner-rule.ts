import type { EntityManager } from 'typeorm';
import { OWNER_ROLES } from '@klch/shared';
import { ruleViolation } from '../common/errors/http-errors';
import { UserEntity } from './user.entity';

const OWNER_RULE = 'the owner must be an active officer or manager';

/**
 * The rule for the person responsible for a partnership or a milestone: an active account whose
 * role may own one (shared OWNER_ROLES). Answers what is wrong with `ownerId`, or null.
 */
export async function ownerProblem(manager: EntityManager, ownerId: number): Promise<string | null> {
  const owner = await manager.getRepository(UserEntity).findOne({ where: { id: ownerId }, select: ['id', 'role', 'active'] });
  return owner && owner.active && OWNER_ROLES.includes(owner.role) ? null : OWNER_RULE;
}

/** The same rule as a 422 of its own, for a record whose only such check is its owner. */
export async function checkOwner(manager: EntityManager, ownerId: number): Promise<void> {
  const problem = await ownerProblem(manager, ownerId);
  if (problem) throw ruleViolation('The owner must be an active officer or manager.', { ownerId: problem });
}
