import type { EntityManager } from 'typeorm';
import { ruleViolation } from '../common/errors/http-errors';
import { PartnershipEntity } from './partnership.entity';
import { msg } from '../common/i18n/message';

/**
 * The rule for the records that hang off a partnership (milestones, documents): the partnership must
 * exist and must not be archived. An archived partnership and everything attached to it are read-only.
 * A 422 naming `partnershipId`, since the id comes from the body (or from the record being changed).
 */
export async function checkPartnershipOpen(manager: EntityManager, partnershipId: number, what: 'milestones' | 'documents'): Promise<void> {
  const partnership = await manager.getRepository(PartnershipEntity).findOne({ where: { id: partnershipId }, select: ['id', 'code', 'archivedAt'] });
  if (!partnership) {
    throw ruleViolation(msg('partnerships.missing', { id: partnershipId }), {
      partnershipId: msg('partnerships.missingField', { id: partnershipId }),
    });
  }
  if (partnership.archivedAt) {
    throw ruleViolation(msg('partnerships.archivedChild', { code: partnership.code, what: msg(`partnerships.children.${what}`) }), {
      partnershipId: msg('partnerships.archivedField'),
    });
  }
}
