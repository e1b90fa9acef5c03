import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Message } from '../common/i18n/message';

/** Records of another feature that name an organisation (a partnership's parties, say). */
export interface OrganisationReference {
  /** How many of them name the organisation, read in the deleting transaction. */
  count(manager: EntityManager, organisationId: number): Promise<number>;
  /** Why it stays, for a count above zero: "is a party to 2 partnerships". */
  describe(count: number): Message;
}

/**
 * An organisation that others refer to cannot be deleted. The features that refer to organisations
 * register here (partnerships: its parties), so this feature needs to know none of them: the
 * dependency points from them to organisations, never back.
 */
@Injectable()
export class OrganisationReferences {
  private readonly references: OrganisationReference[] = [];

  register(reference: OrganisationReference): void {
    this.references.push(reference);
  }

  /** The first reason the organisation must stay, or null when nothing refers to it. */
  async whyInUse(manager: EntityManager, organisationId: number): Promise<Message | null> {
    for (const reference of this.references) {
      const count = await reference.count(manager, organisationId);
      if (count > 0) return reference.describe(count);
    }
    return null;
  }
}
