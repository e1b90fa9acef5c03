import type { EntityManager } from 'typeorm';
import type { PartyRecord } from '@klch/shared';
import { RuleViolationException } from '../common/errors/business-errors';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { UserEntity } from '../users/user.entity';

export interface PartnershipDraft {
  parties: PartyRecord[];
  ownerId: number | null;
  proposedOn: string | null;
  signedOn: string | null;
  effectiveFrom: string | null;
  expiresOn: string | null;
}

/**
 * The checks that need the database or several fields at once (the DTO checks each field alone).
 * Every problem is reported, field by field, in one 422.
 */
export async function checkPartnershipRules(manager: EntityManager, draft: PartnershipDraft): Promise<void> {
  const errors: Record<string, string> = {};

  const seen = new Set<string>();
  for (const [index, party] of draft.parties.entries()) {
    const key = `${party.organisationId}:${party.role}`;
    if (seen.has(key)) errors[`parties.${index}.organisationId`] = 'this organisation already has this role in the partnership';
    seen.add(key);
  }
  const organisationIds = [...new Set(draft.parties.map((party) => party.organisationId))];
  if (organisationIds.length) {
    const found = await manager
      .getRepository(OrganisationEntity)
      .createQueryBuilder('o')
      .select('o.id')
      .where('o.id IN (:...ids)', { ids: organisationIds })
      .getMany();
    const known = new Set(found.map((organisation) => organisation.id));
    draft.parties.forEach((party, index) => {
      if (!known.has(party.organisationId)) errors[`parties.${index}.organisationId`] = `organisation ${party.organisationId} does not exist`;
    });
  }

  if (draft.ownerId !== null) {
    const owner = await manager.getRepository(UserEntity).findOne({ where: { id: draft.ownerId }, select: ['id', 'role', 'active'] });
    if (!owner || !owner.active || (owner.role !== 'officer' && owner.role !== 'manager')) {
      errors.ownerId = 'the owner must be an active officer or manager';
    }
  }

  const before = (field: keyof PartnershipDraft, other: keyof PartnershipDraft, message: string) => {
    const a = draft[field] as string | null;
    const b = draft[other] as string | null;
    if (a && b && a > b) errors[other] = message;
  };
  before('proposedOn', 'signedOn', 'the signing date cannot be before the proposal date');
  before('effectiveFrom', 'expiresOn', 'the expiry date cannot be before the date it takes effect');
  before('signedOn', 'expiresOn', 'the expiry date cannot be before the signing date');

  if (Object.keys(errors).length) {
    throw new RuleViolationException(`The partnership cannot be saved: ${Object.values(errors).join('; ')}.`, errors);
  }
}
