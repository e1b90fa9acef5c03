import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Language } from '@klch/shared';

/**
 * One email to send, written in the transaction of the change that caused it. The deliverer sends
 * it after commit and records the outcome: `sent_at`, or after the last attempt `failed_at`, with
 * the last error each time. Rows are kept as the record of what was sent.
 */
@Entity({ name: 'mail_outbox' })
export class MailOutboxEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'notification_id', type: 'integer', nullable: true })
  notificationId: number | null;

  @Column({ name: 'to_address', type: 'varchar', length: 254 })
  toAddress: string;

  @Column({ type: 'varchar', length: 2 })
  language: Language;

  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Column({ name: 'text_body', type: 'text' })
  textBody: string;

  @Column({ name: 'html_body', type: 'text' })
  htmlBody: string;

  @Column({ name: 'created_at', type: 'varchar', length: 24 })
  createdAt: string;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'varchar', length: 24 })
  nextAttemptAt: string;

  /** While an instance is sending it: the others leave it alone until then. */
  @Column({ name: 'claimed_until', type: 'varchar', length: 24, nullable: true })
  claimedUntil: string | null;

  @Column({ name: 'sent_at', type: 'varchar', length: 24, nullable: true })
  sentAt: string | null;

  @Column({ name: 'failed_at', type: 'varchar', length: 24, nullable: true })
  failedAt: string | null;

  @Column({ name: 'last_error', type: 'varchar', length: 1000, nullable: true })
  lastError: string | null;
}
