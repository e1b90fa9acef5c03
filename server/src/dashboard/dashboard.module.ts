import { Module } from '@nestjs/common';
import { MilestonesModule } from '../milestones';
import { PartnershipsModule } from '../partnerships';
import { StatusRequestsModule } from '../status-requests';
import { DashboardController } from './dashboard.controller';
import { DashboardService } from './dashboard.service';

@Module({ imports: [PartnershipsModule, MilestonesModule, StatusRequestsModule], controllers: [DashboardController], providers: [DashboardService] })
export class DashboardModule {}
