import { Module } from '@nestjs/common';
import { SdgTargetsController } from './sdg-targets.controller';
import { SdgTargetsService } from './sdg-targets.service';

@Module({ controllers: [SdgTargetsController], providers: [SdgTargetsService] })
export class SdgTargetsModule {}
