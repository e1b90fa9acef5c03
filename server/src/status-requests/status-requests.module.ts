import { Module } from '@nestjs/common';
import { StatusHistoryController } from './status-history.controller';
import { StatusRequestsController } from './status-requests.controller';
import { StatusRequestsService } from './status-requests.service';

@Module({
  controllers: [StatusRequestsController, StatusHistoryController],
  providers: [StatusRequestsService],
  exports: [StatusRequestsService],
})
export class StatusRequestsModule {}
