export { StatusRequestsModule } from './status-requests.module';
