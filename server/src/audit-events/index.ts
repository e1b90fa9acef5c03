export { AuditEventsModule } from './audit-events.module';
