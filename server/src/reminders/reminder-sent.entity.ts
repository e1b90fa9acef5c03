import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { NotificationKind } from '@klch/shared';

/** A reminder sent: its unique key (kind, record, threshold, person) is what stops it being sent twice. */
@Entity({ name: 'reminders_sent' })
export class ReminderSentEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 40 })
  kind: NotificationKind;

  @Column({ name: 'entity_id', type: 'integer' })
  entityId: number;

  @Column({ type: 'varchar', length: 40 })
  threshold: string;

  @Column({ name: 'user_id', type: 'integer' })
  userId: number;

  @Column({ name: 'notification_id', type: 'integer', nullable: true })
  notificationId: number | null;

  @Column({ name: 'sent_at', type: 'varchar', length: 24 })
  sentAt: string;
}
