export { MilestonesModule } from './milestones.module';
export { MilestonesService } from './milestones.service';
