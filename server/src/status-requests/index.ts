export { StatusRequestsModule } from './status-requests.module';
export { StatusRequestsService } from './status-requests.service';
export { decidersOf } from './deciders';
