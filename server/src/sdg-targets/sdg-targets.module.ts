import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SdgTargetEntity } from './sdg-target.entity';
import { SdgTargetsController } from './sdg-targets.controller';
import { SdgTargetsService } from './sdg-targets.service';

@Module({ imports: [TypeOrmModule.forFeature([SdgTargetEntity])], controllers: [SdgTargetsController], providers: [SdgTargetsService] })
export class SdgTargetsModule {}
