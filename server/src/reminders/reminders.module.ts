import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MilestonesModule } from '../milestones';
import { NotificationsModule } from '../notifications';
import { PartnershipsModule } from '../partnerships';
import { StatusRequestsModule } from '../status-requests';
import { JobRunEntity } from './job-run.entity';
import { ReminderSentEntity } from './reminder-sent.entity';
import { RemindersController } from './reminders.controller';
import { RemindersScheduler } from './reminders.scheduler';
import { RemindersService } from './reminders.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([ReminderSentEntity, JobRunEntity]),
    NotificationsModule,
    PartnershipsModule,
    MilestonesModule,
    StatusRequestsModule,
  ],
  controllers: [RemindersController],
  providers: [RemindersService, RemindersScheduler],
  exports: [RemindersService],
})
export class RemindersModule {}
