import type { EntityManager } from 'typeorm';
import { RuleViolationException } from '../common/errors/business-errors';
import { PartnershipEntity } from '../partnerships/partnership.entity';

/**
 * Rules for the records that hang off a partnership (milestones, documents): the partnership must
 * exist and must not be archived. An archived partnership and everything attached to it are read-only.
 * A 422 naming `partnershipId`, since the id comes from the body (or from the record being changed).
 */
export async function checkPartnershipOpen(manager: EntityManager, partnershipId: number, what: string): Promise<PartnershipEntity> {
  const partnership = await manager
    .getRepository(PartnershipEntity)
    .findOne({ where: { id: partnershipId }, select: ['id', 'code', 'archivedAt'] });
  if (!partnership) {
    throw new RuleViolationException(`Partnership ${partnershipId} does not exist.`, { partnershipId: `partnership ${partnershipId} does not exist` });
  }
  if (partnership.archivedAt) {
    throw new RuleViolationException(`Partnership ${partnership.code} is archived: its ${what} can no longer be changed.`, {
      partnershipId: 'this partnership is archived',
    });
  }
  return partnership;
}

/** Today's date in UTC (YYYY-MM-DD): the day "overdue" and a default completion date are reckoned by. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
