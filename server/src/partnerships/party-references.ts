import { Injectable, type OnModuleInit } from '@nestjs/common';
import { OrganisationReferences } from '../organisations';
import { PartnershipPartyEntity } from './partnership-party.entity';
import { msg } from '../common/i18n/message';

/** Tells the organisations feature that an organisation which is a party to a partnership must stay. */
@Injectable()
export class PartyReferences implements OnModuleInit {
  constructor(private readonly references: OrganisationReferences) {}

  onModuleInit(): void {
    this.references.register({
      count: (manager, organisationId) => manager.getRepository(PartnershipPartyEntity).count({ where: { organisationId } }),
      describe: (count) => msg('organisations.partyOf', { count }),
    });
  }
}
