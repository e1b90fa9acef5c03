import type { EntityManager } from 'typeorm';
import type { NotificationKind, NotificationParams } from '@klch/shared';
import type { Actor } from '../audit/actor';
import type { Notice } from '../notifications';
import type { PartnershipState } from '../partnerships';
import { decidersOf } from './deciders';
import type { StatusRequestEntity } from './status-request.entity';

type Request = Pick<StatusRequestEntity, 'id' | 'partnershipId' | 'fromStatus' | 'toStatus' | 'requestedById'>;
type Partnership = Pick<PartnershipState, 'code' | 'title' | 'titleMs'>;

const about = (request: Request, partnership: Partnership, extra: NotificationParams): Omit<Notice, 'to' | 'kind'> => ({
  entityType: 'status-requests',
  entityId: request.id,
  partnershipId: request.partnershipId,
  params: {
    code: partnership.code,
    title: partnership.title,
    titleMs: partnership.titleMs,
    fromStatus: request.fromStatus,
    toStatus: request.toStatus,
    ...extra,
  },
});

/** Who hears of what happens to a request: the deciders of a new, withdrawn or stale one; the requester of a decision or staleness. */
export async function requestNotice(
  manager: EntityManager,
  kind: Extract<NotificationKind, 'request_waiting' | 'request_withdrawn' | 'request_decided' | 'request_stale'>,
  request: Request,
  partnership: Partnership,
  actor: Actor,
  extra: NotificationParams = {},
): Promise<Notice> {
  const deciders = kind === 'request_decided' ? [] : await decidersOf(manager, request.requestedById);
  const requester = kind === 'request_decided' || kind === 'request_stale' ? [request.requestedById] : [];
  // Never told of one's own act (a requester who edits their own partnership knows it went stale).
  const to = [...requester, ...deciders].filter((id) => id !== actor.id);
  return { kind, to, ...about(request, partnership, { actorName: actor.name, ...extra }) };
}
