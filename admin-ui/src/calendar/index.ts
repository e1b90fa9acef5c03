/**
 * The calendar: its address and menu entry. The page itself (CalendarPage.tsx) is not exported
 * here: App.tsx imports it lazily, so its code stays out of the first bundle.
 */
export { CALENDAR_PATH, CalendarMenuItem } from './CalendarMenuItem';
