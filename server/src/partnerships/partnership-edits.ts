import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../audit/actor';

/** A partnership moved from one version to the next by an edit or its archiving (not by an approved status change). */
export interface PartnershipEdit {
  partnershipId: number;
  fromVersion: number;
  actor: Actor;
}

export type PartnershipEditListener = (manager: EntityManager, edit: PartnershipEdit) => Promise<void>;

/**
 * Features that care when a partnership is edited register here and are called in the editing
 * transaction (status-requests: a pending request made on the old version goes stale, and its
 * people are told). This feature knows none of them: the dependency points from them to it.
 */
@Injectable()
export class PartnershipEdits {
  private readonly listeners: PartnershipEditListener[] = [];

  register(listener: PartnershipEditListener): void {
    this.listeners.push(listener);
  }

  async edited(manager: EntityManager, edit: PartnershipEdit): Promise<void> {
    for (const listener of this.listeners) await listener(manager, edit);
  }
}
