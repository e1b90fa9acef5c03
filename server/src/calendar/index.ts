/** The calendar: milestones, expiries and review dates by day, as JSON and as an iCalendar file. */
export { CalendarModule } from './calendar.module';
