import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganisationReferences } from './organisation-references';
import { OrganisationEntity } from './organisation.entity';
import { OrganisationsController } from './organisations.controller';
import { OrganisationsService } from './organisations.service';

@Module({
  imports: [TypeOrmModule.forFeature([OrganisationEntity])],
  controllers: [OrganisationsController],
  providers: [OrganisationsService, OrganisationReferences],
  exports: [OrganisationsService, OrganisationReferences],
})
export class OrganisationsModule {}
