import { Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditService } from '../audit/audit.service';
import { EventsController } from './events.controller';
import { LiveEvents } from './live-events';
import { MailDeliverer } from './mail-deliverer';
import { MailOutboxEntity } from './mail-outbox.entity';
import { NotificationPreferencesEntity } from './notification-preferences.entity';
import { NotificationEntity } from './notification.entity';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity, NotificationPreferencesEntity, MailOutboxEntity])],
  controllers: [NotificationsController, EventsController],
  providers: [NotificationsService, LiveEvents, MailDeliverer],
  exports: [NotificationsService, MailDeliverer],
})
export class NotificationsModule implements OnModuleInit {
  constructor(
    private readonly audit: AuditService,
    private readonly live: LiveEvents,
  ) {}

  /** Every audited change reaches the open pages that may show it. */
  onModuleInit(): void {
    this.audit.onChange((resource, id) => this.live.changed(resource, id));
  }
}
