import type { NotificationRecord } from '@klch/shared';
import type { TranslateFunction } from 'react-admin';
import { vocabularyKey } from '../common/choices';
import { formatDate } from '../common/formatDateTime';
import { titleIn } from '../common/partnershipTitle';

/** A notification in the reader's language, from its kind and the facts it stored (the partnership's title in that language). */
export function notificationText(
  notification: NotificationRecord,
  translate: TranslateFunction,
  locale: string,
): { text: string; comment: string | null } {
  const p = notification.params;
  const status = (code: string | undefined) => (code ? translate(vocabularyKey('status', code)) : '');
  const key = notification.kind === 'request_decided' ? `request_decided_${p.outcome === 'rejected' ? 'rejected' : 'approved'}` : notification.kind;
  const text = translate(`klch.notifications.text.${key}`, {
    title: titleIn(locale, { title: p.title ?? p.code ?? '', titleMs: p.titleMs ?? null }),
    actor: p.actorName ?? translate('klch.notifications.text.someone'),
    from: status(p.fromStatus),
    to: status(p.toStatus),
    date: formatDate(p.date),
    days: p.days ?? '',
    milestone: p.milestoneTitle ?? '',
  });
  const comment = p.comment ? translate('klch.notifications.text.comment', { comment: p.comment }) : null;
  return { text, comment };
}

/** Where a notification leads: its partnership's page. */
export const notificationPath = (notification: Pick<NotificationRecord, 'partnershipId'>) => `/partnerships/${notification.partnershipId}/show`;
