/**
 * The partnership work of the floor, in the app's order (partnerships/partnerships.service.ts):
 * a list page with its total (from partnership_counts when the filters are only status/archived),
 * one record, and the versioned edit with its audit event. Each is a generator of statements run
 * by db.mjs.
 */
import { SDG_TARGETS } from '../lib/app.mjs';
import { appendEvent } from './chain.mjs';
import { op } from './db.mjs';
import { listConditions, listOrder, partnershipFromRow, partnershipTotalQuery, SQL } from './app-queries.mjs';
import { HttpError } from './validation.mjs';

/** Parties, SDG targets and the owner's name for a page of rows: three statements (partnership-records.ts). */
export function* toPartnershipRecords(rows) {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const parties = yield op.all(SQL.partiesOf(ids.length), ids);
  const targets = yield op.all(SQL.targetsOf(ids.length), ids);
  const nameOf = yield* userNames(rows.map((row) => row.ownerId));
  const partiesOf = new Map();
  for (const party of parties) {
    const id = Number(party.partnership_id);
    if (!partiesOf.has(id)) partiesOf.set(id, []);
    partiesOf.get(id).push({ organisationId: Number(party.organisation_id), role: party.role });
  }
  const targetsOf = new Map();
  for (const target of targets) {
    const id = Number(target.partnership_id);
    if (!targetsOf.has(id)) targetsOf.set(id, []);
    targetsOf.get(id).push(target.target_code);
  }
  return rows.map((row) => ({
    ...row,
    parties: partiesOf.get(row.id) ?? [],
    sdgTargets: targetsOf.get(row.id) ?? [],
    ownerName: nameOf(row.ownerId),
  }));
}

/** Full names of the users named, in one statement (database/user-names.ts). */
export function* userNames(ids) {
  const wanted = [...new Set(ids.filter((id) => id !== null))];
  const names = new Map();
  if (wanted.length) {
    const rows = yield op.all(SQL.userNames(wanted.length), wanted);
    for (const row of rows) names.set(Number(row.id), row.full_name);
  }
  return (id) => (id === null ? null : (names.get(id) ?? null));
}

export function* listPartnerships(query, spec) {
  const { where, params } = listConditions(spec, query.filters);
  // The total from partnership_counts when the filters are only status/archived, else counted.
  const maintained = partnershipTotalQuery(query.filters);
  const total = maintained
    ? (maintained.total ?? Number((yield op.get(maintained.sql, maintained.params)).total))
    : Number((yield op.get(SQL.count(spec.table, spec.alias, where), params)).cnt);
  const rows = yield op.all(SQL.partnershipPage(where, listOrder(spec, query.sort), query.limit, query.offset), params);
  const records = yield* toPartnershipRecords(rows.map(partnershipFromRow));
  return { rows: records, total, offset: query.offset };
}

/** partnership-rows.ts readPartnershipRow: the row, or null. */
function* readPartnership(id) {
  const row = yield op.get(SQL.partnershipById, [id]);
  return row ? partnershipFromRow(row) : null;
}

function* findPartnership(id) {
  const row = yield* readPartnership(id);
  if (!row) throw new HttpError(404, `Partnership ${id} does not exist.`);
  return row;
}

export function* getPartnership(id) {
  const [record] = yield* toPartnershipRecords([yield* findPartnership(id)]);
  return record;
}

const SDG_POSITION = new Map(SDG_TARGETS.map((target, index) => [target.code, index]));
const officialOrder = (codes) => [...new Set(codes)].sort((a, b) => (SDG_POSITION.get(a) ?? 0) - (SDG_POSITION.get(b) ?? 0));
const normaliseThemes = (themes) => [...new Set(themes.map((theme) => theme.trim().toLowerCase().replace(/\s+/g, '_')).filter(Boolean))];
const pick = (given, current) => (given === undefined ? current : given);
const IGNORED = new Set(['version', 'createdAt', 'updatedAt', 'createdById', 'updatedById']);

/** The before/after of every field that differs (audit/field-changes.ts). */
export function fieldChanges(before, after) {
  const changes = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    if (IGNORED.has(key)) continue;
    const was = before ? (before[key] ?? null) : null;
    const now = after ? (after[key] ?? null) : null;
    if (JSON.stringify(was) !== JSON.stringify(now)) changes[key] = [was, now];
  }
  return changes;
}
/** Would applying `next` over `current` change any audited field (audit/field-changes.ts changesAny)? */
const changesAny = (current, next) => Object.keys(fieldChanges(current, { ...current, ...next })).length > 0;
const auditedFields = ({ ownerName: _ownerName, ...fields }) => fields;

function* staleVersion(current) {
  const nameOf = yield* userNames([current.updatedById]);
  return new HttpError(
    409,
    `This partnership was changed by ${nameOf(current.updatedById) ?? 'someone'} at ${current.updatedAt}. Reload it to see the changes, then apply yours again.`,
    undefined,
    {
      current: { version: current.version, updatedAt: current.updatedAt, updatedBy: nameOf(current.updatedById) },
    },
  );
}

/**
 * partnership-rules.ts: duplicate parties, unknown organisations, the owner, the order of dates;
 * the parties and the owner an edit left as they were are not checked again (`unchanged`).
 */
function* checkRules(draft, unchanged = { parties: false, owner: false }) {
  const errors = {};
  const seen = new Set();
  for (const [index, party] of draft.parties.entries()) {
    const key = `${party.organisationId}:${party.role}`;
    if (seen.has(key)) errors[`parties.${index}.organisationId`] = 'this organisation already has this role in the partnership';
    seen.add(key);
  }
  const wanted = [...new Set(draft.parties.map((party) => party.organisationId))];
  if (wanted.length && !unchanged.parties) {
    const found = yield op.all(SQL.organisationsExist(wanted.length), wanted);
    const known = new Set(found.map((row) => Number(row.o_id)));
    draft.parties.forEach((party, index) => {
      if (!known.has(party.organisationId)) errors[`parties.${index}.organisationId`] = `organisation ${party.organisationId} does not exist`;
    });
  }
  if (draft.ownerId !== null && !unchanged.owner) {
    const owner = yield op.get(SQL.ownerOf, [draft.ownerId]);
    const active = owner && (owner.UserEntity_active === true || owner.UserEntity_active === 1);
    if (!active || !['officer', 'manager'].includes(owner.UserEntity_role)) errors.ownerId = 'the owner must be an active officer or manager';
  }
  const before = (field, other, message) => {
    if (draft[field] && draft[other] && draft[field] > draft[other]) errors[other] = message;
  };
  before('proposedOn', 'signedOn', 'the signing date cannot be before the proposal date');
  before('effectiveFrom', 'expiresOn', 'the expiry date cannot be before the date it takes effect');
  before('signedOn', 'expiresOn', 'the expiry date cannot be before the signing date');
  if (Object.keys(errors).length) throw new HttpError(422, `The partnership cannot be saved: ${Object.values(errors).join('; ')}.`, errors);
}

/**
 * PUT: in one transaction the version check, the versioned UPDATE and the row read back, the links
 * replaced if they changed, the owner's name read if the owner changed, the audit event.
 */
export function* updatePartnership(id, dto, actor) {
  const now = new Date().toISOString();
  yield op.begin;
  try {
    const current = yield* findPartnership(id);
    if (current.archivedAt) throw new HttpError(422, 'This partnership is archived and can no longer be edited.');
    if (dto.version !== current.version) throw yield* staleVersion(current);
    if (dto.status !== undefined && dto.status !== current.status) {
      throw new HttpError(422, 'The status cannot be edited directly: ask for a status change, which a manager approves.', {
        status: 'changes only through a status-change request',
      });
    }
    const [unchanged] = yield* toPartnershipRecords([current]);
    const before = auditedFields(unchanged);
    const parties = dto.parties ? dto.parties.map(({ organisationId, role }) => ({ organisationId, role })) : before.parties;
    const sdgTargets = dto.sdgTargets ? officialOrder(dto.sdgTargets) : before.sdgTargets;
    const next = {
      title: dto.title ?? current.title,
      titleMs: pick(dto.titleMs, current.titleMs),
      summary: pick(dto.summary, current.summary),
      category: dto.category ?? current.category,
      instrument: dto.instrument ?? current.instrument,
      themes: dto.themes ? normaliseThemes(dto.themes) : current.themes,
      alignment: dto.alignment ?? current.alignment,
      leadDepartment: pick(dto.leadDepartment, current.leadDepartment),
      ownerId: pick(dto.ownerId, current.ownerId),
      proposedOn: pick(dto.proposedOn, current.proposedOn),
      signedOn: pick(dto.signedOn, current.signedOn),
      effectiveFrom: pick(dto.effectiveFrom, current.effectiveFrom),
      expiresOn: pick(dto.expiresOn, current.expiresOn),
      nextReviewOn: pick(dto.nextReviewOn, current.nextReviewOn),
    };
    if (!changesAny(before, { ...next, parties, sdgTargets })) {
      yield op.commit;
      return unchanged; // nothing to save: no new version, no audit event
    }
    const partiesChanged = changesAny({ parties: before.parties }, { parties });
    const linksChanged = partiesChanged || changesAny({ sdgTargets: before.sdgTargets }, { sdgTargets });
    yield* checkRules({ ...next, parties }, { parties: !partiesChanged, owner: next.ownerId === current.ownerId });
    const updated = yield op.run(SQL.updatePartnership, [
      next.title,
      next.titleMs,
      next.summary,
      next.category,
      next.instrument,
      JSON.stringify(next.themes),
      JSON.stringify(next.alignment),
      next.leadDepartment,
      next.ownerId,
      next.proposedOn,
      next.signedOn,
      next.effectiveFrom,
      next.expiresOn,
      next.nextReviewOn,
      now,
      actor.id,
      id,
      dto.version,
    ]);
    const saved = yield* findPartnership(id);
    if (!updated.changes) throw yield* staleVersion(saved);
    // The links are rewritten only when they changed (react-admin sends the whole record).
    if (linksChanged) {
      yield op.run(SQL.deleteParties, [id]);
      yield op.run(SQL.deleteTargets, [id]);
      if (parties.length)
        yield op.run(
          SQL.insertParties(parties.length),
          parties.flatMap((party, position) => [id, party.organisationId, party.role, position]),
        );
      if (sdgTargets.length)
        yield op.run(
          SQL.insertTargets(sdgTargets.length),
          sdgTargets.flatMap((code) => [id, code]),
        );
    }
    // The app's stale-request check; the generated data has no pending requests, so nobody is told here.
    yield op.all(SQL.pendingRequestOnVersion, [id, current.version]);
    const after = {
      ...saved,
      parties,
      sdgTargets,
      ownerName: saved.ownerId === current.ownerId ? unchanged.ownerName : (yield* userNames([saved.ownerId]))(saved.ownerId),
    };
    yield* appendEvent(actor, now, {
      action: 'update',
      entityType: 'partnerships',
      entityId: id,
      changes: fieldChanges(before, auditedFields(after)),
    });
    yield op.commit;
    return after;
  } catch (error) {
    yield op.rollback;
    throw error;
  }
}
