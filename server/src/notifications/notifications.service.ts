import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type NotificationKind, type NotificationPreferences, type NotificationRecord, NOTIFICATION_KINDS } from '@klch/shared';
import type { Actor } from '../audit/actor';
import { AuditService } from '../audit/audit.service';
import { recordNotFound } from '../common/errors/http-errors';
import { listRecords } from '../common/list-query/list-records';
import type { ListResult } from '../common/list-query/list-result';
import type { RawListQuery } from '../common/list-query/parse-list-query';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { afterCommit } from '../database/after-commit';
import { changedRows, sqlPlaceholders } from '../database/raw-sql';
import { transactionTime } from '../database/transaction-time';
import { TransactionRunner } from '../database/transaction-runner';
import { LiveEvents } from './live-events';
import { MailDeliverer } from './mail-deliverer';
import { mailMessage, partnershipLink } from './mail-message';
import { MailOutboxEntity } from './mail-outbox.entity';
import { NotificationPreferencesEntity } from './notification-preferences.entity';
import { NOTIFICATION_LIST } from './notification-query';
import { toNotificationRecord, toNotificationRecords } from './notification-records';
import { NotificationEntity } from './notification.entity';
import { activeRecipients } from './recipients';

/** What happened, to whom: one notification per recipient, all alike. */
export type Notice = Pick<NotificationRecord, 'kind' | 'entityType' | 'entityId' | 'partnershipId' | 'params'> & { to: number[] };

/**
 * Notifications: written by the features in the transaction of the change they tell of (so a
 * notification exists exactly when its change does), with the email in the outbox beside it; after
 * commit the recipients' open pages hear of it and the deliverer sends the email. Each user reads
 * and marks only their own: every query here is scoped to the session's user.
 */
@Injectable()
export class NotificationsService {
  private readonly logger = new Logger(NotificationsService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: TransactionRunner,
    private readonly audit: AuditService,
    private readonly live: LiveEvents,
    private readonly mail: MailDeliverer,
  ) {}

  /** Tells `notice.to` (the active ones among them), inside the caller's transaction. Answers the notifications' ids by recipient. */
  async notify(manager: EntityManager, notice: Notice): Promise<Map<number, number>> {
    const { to, ...what } = notice;
    const recipients = await activeRecipients(manager, to);
    const createdAt = transactionTime(manager);
    const ids = new Map<number, number>();
    for (const recipient of recipients) {
      const inserted = await manager.insert(NotificationEntity, { ...what, userId: recipient.id, createdAt, readAt: null });
      const id = Number(inserted.identifiers[0].id);
      ids.set(recipient.id, id);
      if (this.mail.enabled && recipient.email && recipient.emailKinds.includes(notice.kind)) {
        const message = mailMessage(notice.kind, notice.params, recipient.language, partnershipLink(this.config.publicUrl, notice.partnershipId));
        await manager.insert(MailOutboxEntity, {
          notificationId: id,
          toAddress: recipient.email,
          language: recipient.language,
          subject: message.subject,
          textBody: message.text,
          htmlBody: message.html,
          createdAt,
          attempts: 0,
          nextAttemptAt: createdAt,
          claimedUntil: null,
          sentAt: null,
          failedAt: null,
          lastError: null,
        });
      }
    }
    if (ids.size) {
      afterCommit(manager, () => {
        this.mail.kick();
        for (const userId of ids.keys()) void this.pushUnread(userId);
      });
    }
    return ids;
  }

  list(raw: RawListQuery, userId: number): Promise<ListResult<NotificationRecord>> {
    return this.db.read((manager) =>
      listRecords(manager, raw, NOTIFICATION_LIST, toNotificationRecords, { scope: (qb) => qb.andWhere('n.user_id = :owner', { owner: userId }) }),
    );
  }

  getOne(id: number, userId: number): Promise<NotificationRecord> {
    return this.db.read(async (manager) => toNotificationRecord(await this.ownOrNotFound(manager, id, userId)));
  }

  /** Marks one of the user's notifications read (again is fine: it stays read from the first time). */
  markRead(id: number, actor: Actor & { id: number }): Promise<NotificationRecord> {
    return this.db.write(async (manager) => {
      const before = await this.ownOrNotFound(manager, id, actor.id);
      if (before.readAt) return toNotificationRecord(before);
      const readAt = transactionTime(manager);
      const [p1, p2, p3] = sqlPlaceholders(manager, 3);
      await changedRows(manager, `UPDATE notifications SET read_at = ${p1} WHERE id = ${p2} AND user_id = ${p3} AND read_at IS NULL`, [
        readAt,
        id,
        actor.id,
      ]);
      await this.audit.append(manager, actor, { action: 'update', entityType: 'notifications', entityId: id, changes: { readAt: [null, readAt] } });
      afterCommit(manager, () => void this.pushUnread(actor.id));
      return toNotificationRecord({ ...before, readAt });
    });
  }

  /** Marks every unread notification of the user read; answers how many were. */
  markAllRead(actor: Actor & { id: number }): Promise<{ marked: number }> {
    return this.db.write(async (manager) => {
      const readAt = transactionTime(manager);
      const [p1, p2] = sqlPlaceholders(manager, 2);
      const marked = await changedRows(manager, `UPDATE notifications SET read_at = ${p1} WHERE user_id = ${p2} AND read_at IS NULL`, [
        readAt,
        actor.id,
      ]);
      if (marked) {
        await this.audit.append(manager, actor, {
          action: 'update',
          entityType: 'notifications',
          entityId: null,
          reason: `${marked} notifications marked read`,
        });
        afterCommit(manager, () => void this.pushUnread(actor.id));
      }
      return { marked };
    });
  }

  unreadCount(userId: number): Promise<number> {
    return this.db.read((manager) => countUnread(manager, userId));
  }

  preferences(userId: number): Promise<NotificationPreferences> {
    return this.db.read(async (manager) => ({ emailKinds: await emailKindsOf(manager, userId) }));
  }

  /** Saves the kinds the user gets by email, audited as a change of their account's settings. */
  setPreferences(emailKinds: NotificationKind[], actor: Actor & { id: number }): Promise<NotificationPreferences> {
    const chosen = NOTIFICATION_KINDS.filter((kind) => emailKinds.includes(kind));
    return this.db.write(async (manager) => {
      const before = await emailKindsOf(manager, actor.id);
      const repository = manager.getRepository(NotificationPreferencesEntity);
      const row = { userId: actor.id, emailKinds: chosen, updatedAt: transactionTime(manager) };
      if (await repository.existsBy({ userId: actor.id })) await repository.update({ userId: actor.id }, row);
      else await repository.insert(row);
      if (before.join() !== chosen.join()) {
        await this.audit.append(manager, actor, {
          action: 'update',
          entityType: 'users',
          entityId: actor.id,
          changes: { emailNotifications: [before, chosen] },
        });
      }
      return { emailKinds: chosen };
    });
  }

  /** The user's unread count, down their open streams (after a commit; a failure is logged, the change stands). */
  private async pushUnread(userId: number): Promise<void> {
    if (!this.live.isListening(userId)) return;
    try {
      this.live.toUser(userId, { type: 'notifications', unread: await this.unreadCount(userId) });
    } catch (error) {
      this.logger.warn({ err: error, userId }, 'Could not send the unread count to an open page');
    }
  }

  /** The user's own notification, or 404: another person's is answered exactly as one that does not exist. */
  private async ownOrNotFound(manager: EntityManager, id: number, userId: number): Promise<NotificationEntity> {
    const row = await manager.getRepository(NotificationEntity).findOneBy({ id, userId });
    if (!row) throw recordNotFound('notifications', id);
    return row;
  }
}

async function countUnread(manager: EntityManager, userId: number): Promise<number> {
  const [p1] = sqlPlaceholders(manager, 1);
  const [row] = await manager.query(`SELECT COUNT(*) AS n FROM notifications WHERE user_id = ${p1} AND read_at IS NULL`, [userId]);
  return Number(row.n);
}

async function emailKindsOf(manager: EntityManager, userId: number): Promise<NotificationKind[]> {
  const row = await manager.getRepository(NotificationPreferencesEntity).findOneBy({ userId });
  return row ? NOTIFICATION_KINDS.filter((kind) => row.emailKinds.includes(kind)) : [...NOTIFICATION_KINDS];
}
