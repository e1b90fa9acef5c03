/** The reminders: run daily by the scheduler, on demand by an admin or the CLI (`npm run reminders`). */
export { RemindersModule } from './reminders.module';
export { RemindersService } from './reminders.service';
