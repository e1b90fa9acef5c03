import type { EntityManager } from 'typeorm';
import type { PartyRecord } from '@klch/shared';
import { ruleViolation } from '../common/errors/http-errors';
import { unknownOrganisations } from '../organisations';
import { ownerProblem } from '../users';
import { listRef, type Message, msg } from '../common/i18n/message';

export interface PartnershipDraft {
  parties: PartyRecord[];
  ownerId: number | null;
  proposedOn: string | null;
  signedOn: string | null;
  effectiveFrom: string | null;
  expiresOn: string | null;
}

/**
 * What an edit left as it was, so its database checks are not repeated: those parties and that
 * owner passed them when they were saved. An organisation cannot be deleted while a partnership
 * names it; an owner deactivated since keeps the partnership until someone chooses another, and
 * an edit of its title is not refused for it.
 */
export interface UnchangedByEdit {
  parties: boolean;
  owner: boolean;
}

/**
 * The checks that need the database or several fields at once (the DTO checks each field alone).
 * Every problem is reported, field by field, in one 422.
 */
export async function checkPartnershipRules(
  manager: EntityManager,
  draft: PartnershipDraft,
  unchanged: UnchangedByEdit = { parties: false, owner: false },
): Promise<void> {
  const errors: Record<string, Message> = {};

  const seen = new Set<string>();
  for (const [index, party] of draft.parties.entries()) {
    const key = `${party.organisationId}:${party.role}`;
    if (seen.has(key)) errors[`parties.${index}.organisationId`] = msg('partnerships.partyTwice');
    seen.add(key);
  }
  const unknown = unchanged.parties
    ? new Set<number>()
    : await unknownOrganisations(
        manager,
        draft.parties.map((party) => party.organisationId),
      );
  draft.parties.forEach((party, index) => {
    if (unknown.has(party.organisationId))
      errors[`parties.${index}.organisationId`] = msg('partnerships.unknownOrganisation', { id: party.organisationId });
  });

  const owner = draft.ownerId === null || unchanged.owner ? null : await ownerProblem(manager, draft.ownerId);
  if (owner) errors.ownerId = owner;

  const before = (field: keyof PartnershipDraft, other: keyof PartnershipDraft, message: Message) => {
    const a = draft[field] as string | null;
    const b = draft[other] as string | null;
    if (a && b && a > b) errors[other] = message;
  };
  before('proposedOn', 'signedOn', msg('partnerships.signedBeforeProposed'));
  before('effectiveFrom', 'expiresOn', msg('partnerships.expiresBeforeEffective'));
  before('signedOn', 'expiresOn', msg('partnerships.expiresBeforeSigned'));

  if (Object.keys(errors).length) {
    throw ruleViolation(msg('partnerships.cannotSave', { problems: listRef(Object.values(errors)) }), errors);
  }
}
