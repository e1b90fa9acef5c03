import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganisationsModule } from '../organisations';
import { PartnershipPartyEntity } from './partnership-party.entity';
import { PartnershipSdgTargetEntity } from './partnership-sdg-target.entity';
import { PartnershipEdits } from './partnership-edits';
import { PartnershipStatusChanges } from './partnership-status';
import { PartnershipEntity } from './partnership.entity';
import { PartnershipsController } from './partnerships.controller';
import { PartnershipsService } from './partnerships.service';
import { PartyReferences } from './party-references';
import { StatusHistoryEntity } from './status-history.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([PartnershipEntity, PartnershipPartyEntity, PartnershipSdgTargetEntity, StatusHistoryEntity]),
    OrganisationsModule,
  ],
  controllers: [PartnershipsController],
  providers: [PartnershipsService, PartnershipStatusChanges, PartyReferences, PartnershipEdits],
  exports: [PartnershipsService, PartnershipStatusChanges, PartnershipEdits],
})
export class PartnershipsModule {}
