import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { NotificationKind } from '@klch/shared';

/** The kinds a user also gets by email. No row: every kind (in the app they get all of them always). */
@Entity({ name: 'notification_preferences' })
export class NotificationPreferencesEntity {
  @PrimaryColumn({ name: 'user_id', type: 'integer' })
  userId: number;

  @Column({ name: 'email_kinds', type: 'simple-json' })
  emailKinds: NotificationKind[];

  @Column({ name: 'updated_at', type: 'varchar', length: 24 })
  updatedAt: string;
}
