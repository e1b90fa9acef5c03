import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PartnershipsModule } from '../partnerships';
import { StatusRequestEntity } from './status-request.entity';
import { StatusRequestsController } from './status-requests.controller';
import { StatusRequestsService } from './status-requests.service';

@Module({
  imports: [TypeOrmModule.forFeature([StatusRequestEntity]), PartnershipsModule],
  controllers: [StatusRequestsController],
  providers: [StatusRequestsService],
  exports: [StatusRequestsService],
})
export class StatusRequestsModule {}
