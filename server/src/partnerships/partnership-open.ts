import type { EntityManager } from 'typeorm';
import { ruleViolation } from '../common/errors/http-errors';
import { PartnershipEntity } from './partnership.entity';

/**
 * The rule for the records that hang off a partnership (milestones, documents): the partnership must
 * exist and must not be archived. An archived partnership and everything attached to it are read-only.
 * A 422 naming `partnershipId`, since the id comes from the body (or from the record being changed).
 */
export async function checkPartnershipOpen(manager: EntityManager, partnershipId: number, what: string): Promise<void> {
  const partnership = await manager.getRepository(PartnershipEntity).findOne({ where: { id: partnershipId }, select: ['id', 'code', 'archivedAt'] });
  if (!partnership) {
    throw ruleViolation(`Partnership ${partnershipId} does not exist.`, { partnershipId: `partnership ${partnershipId} does not exist` });
  }
  if (partnership.archivedAt) {
    throw ruleViolation(`Partnership ${partnership.code} is archived: its ${what} can no longer be changed.`, {
      partnershipId: 'this partnership is archived',
    });
  }
}
