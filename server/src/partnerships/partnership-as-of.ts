import type { EntityManager } from 'typeorm';
import type { PartnershipAsOfRecord, PartnershipRecord } from '@klch/shared';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { fieldError, notFound } from '../common/errors/http-errors';
import { parseIsoInstant } from '../common/list-query/iso-instant';
import { userNames } from '../database/user-names';
import { fieldRef, msg, timeRef } from '../common/i18n/message';

/**
 * Every field of the record, in the API's order. Typed as a Record over the record's keys, so a new
 * field of PartnershipRecord fails the build here until the as-of view knows about it.
 */
const RECORD_FIELDS: Record<keyof PartnershipRecord, true> = {
  id: true,
  code: true,
  title: true,
  titleMs: true,
  summary: true,
  category: true,
  instrument: true,
  status: true,
  statusReason: true,
  parties: true,
  themes: true,
  sdgTargets: true,
  alignment: true,
  leadDepartment: true,
  ownerId: true,
  ownerName: true,
  proposedOn: true,
  signedOn: true,
  effectiveFrom: true,
  expiresOn: true,
  nextReviewOn: true,
  isDemoData: true,
  demoNote: true,
  archivedAt: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  createdById: true,
  updatedById: true,
};

/** Derived or bookkeeping fields: never taken from an event's `changes`. */
const NOT_FROM_CHANGES = new Set<string>(['id', 'ownerName', 'version', 'createdAt', 'updatedAt', 'createdById', 'updatedById']);

/**
 * `?asOf=` as the stored timestamp form. A bare date means the end of that day (UTC), so
 * "as of 2023-06-30" includes that day's changes. Anything else is a 400.
 */
export function parseAsOf(raw: unknown): string {
  const iso = typeof raw === 'string' ? parseIsoInstant(raw, 'end') : null;
  if (!iso) {
    throw fieldError('asOf', msg('asOf.invalid', { field: fieldRef('asOf') }));
  }
  return iso;
}

/**
 * Rebuilds partnership `id` as it stood at `asOf` from its audit events (entity `partnerships`, at ≤ asOf,
 * in sequence order): the `create` event's changes give the first values (`{ field: [null, value] }`
 * for every non-null field, so an absent field was null), and every later event (update, archive,
 * status_change, …) applies its `after` values.
 * Bookkeeping is derived from the events: createdAt/createdById from the creation, updatedAt/updatedById
 * from the last event, version = 1 + the number of later events that changed a field (each such write
 * bumps the version and appends exactly one event). `ownerName` is the owner's name today.
 */
export async function readPartnershipAsOf(manager: EntityManager, id: number, asOf: string): Promise<PartnershipAsOfRecord> {
  const events = await manager
    .getRepository(AuditEventEntity)
    .createQueryBuilder('e')
    .where('e.entity_type = :type AND e.entity_id = :id AND e.at <= :asOf', { type: 'partnerships', id: String(id), asOf })
    .orderBy('e.id', 'ASC')
    .getMany();

  const start = events.findIndex((event) => event.action === 'create');
  if (start < 0) throw await didNotExist(manager, id, asOf);

  const created = events[start];
  const record = Object.fromEntries(Object.keys(RECORD_FIELDS).map((field) => [field, null])) as Record<string, unknown>;
  let version = 0;
  let last = created;
  for (const event of events.slice(start)) {
    const fields = Object.entries(event.changes ?? {}).filter(([field]) => Object.hasOwn(RECORD_FIELDS, field) && !NOT_FROM_CHANGES.has(field));
    if (event !== created && fields.length === 0) continue;
    for (const [field, change] of fields) record[field] = Array.isArray(change) ? (change[1] ?? null) : null;
    version++;
    last = event;
  }

  const ownerId = record.ownerId as number | null;
  const nameOf = await userNames(manager, [ownerId]);
  Object.assign(record, {
    id,
    ownerName: nameOf(ownerId),
    version,
    createdAt: created.at,
    createdById: created.actorId,
    updatedAt: last.at,
    updatedById: last.actorId,
  });
  return { ...(record as unknown as PartnershipRecord), asOf };
}

async function didNotExist(manager: EntityManager, id: number, asOf: string): Promise<Error> {
  const creation = await manager
    .getRepository(AuditEventEntity)
    .createQueryBuilder('e')
    .select(['e.id', 'e.at'])
    .where('e.entity_type = :type AND e.entity_id = :id AND e.action = :create', { type: 'partnerships', id: String(id), create: 'create' })
    .orderBy('e.id', 'ASC')
    .getOne();
  if (creation) {
    return notFound(msg('asOf.notYet', { id, asOf: timeRef(asOf), createdAt: timeRef(creation.at) }));
  }
  return notFound(msg('asOf.noCreation', { id }));
}
