import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '../notifications';
import { PartnershipsModule } from '../partnerships';
import { StatusRequestEntity } from './status-request.entity';
import { StatusRequestsController } from './status-requests.controller';
import { StatusRequestsService } from './status-requests.service';

@Module({
  imports: [TypeOrmModule.forFeature([StatusRequestEntity]), PartnershipsModule, NotificationsModule],
  controllers: [StatusRequestsController],
  providers: [StatusRequestsService],
  exports: [StatusRequestsService],
})
export class StatusRequestsModule {}
