import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { NotificationKind, NotificationParams, NotificationRecord } from '@klch/shared';

@Entity({ name: 'notifications' })
export class NotificationEntity {
  @PrimaryGeneratedColumn()
  id: number;

  /** Whose it is: nobody else ever reads it. */
  @Column({ name: 'user_id', type: 'integer' })
  userId: number;

  @Column({ type: 'varchar', length: 40 })
  kind: NotificationKind;

  @Column({ name: 'entity_type', type: 'varchar', length: 40 })
  entityType: NotificationRecord['entityType'];

  @Column({ name: 'entity_id', type: 'integer' })
  entityId: number;

  @Column({ name: 'partnership_id', type: 'integer' })
  partnershipId: number;

  /** The facts of the moment it was made (titles, statuses, the comment), worded by the reader's UI or email. */
  @Column({ type: 'simple-json' })
  params: NotificationParams;

  @Column({ name: 'created_at', type: 'varchar', length: 24 })
  createdAt: string;

  @Column({ name: 'read_at', type: 'varchar', length: 24, nullable: true })
  readAt: string | null;
}
