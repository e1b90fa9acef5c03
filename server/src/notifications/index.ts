/** What the notifications feature offers the others: telling people (in the transaction of the change), and the mail deliverer (tests, the CLI). */
export { NotificationsModule } from './notifications.module';
export { type Notice, NotificationsService } from './notifications.service';
export { MailDeliverer } from './mail-deliverer';
