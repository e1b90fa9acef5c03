import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  INITIAL_STATUS,
  type OwnerChoiceRecord,
  type PartnershipAsOfRecord,
  type PartnershipRecord,
  type PartyRecord,
  SDG_TARGETS,
  type StatusHistoryRecord,
} from '@klch/shared';
import type { Actor } from '../audit/actor';
import { AuditService } from '../audit/audit.service';
import { changesAny } from '../audit/field-changes';
import { ruleViolation } from '../common/errors/http-errors';
import { listRecords } from '../common/list-query/list-records';
import type { ListResult } from '../common/list-query/list-result';
import type { RawListQuery } from '../common/list-query/parse-list-query';
import { pick } from '../common/update/pick';
import { sqlPlaceholders } from '../database/raw-sql';
import { transactionTime } from '../database/transaction-time';
import { userNames } from '../database/user-names';
import { ownerChoices } from '../users';
import { TransactionRunner } from '../database/transaction-runner';
import { checkVersion, findOrFail, staleVersionError, versionedUpdate } from '../database/versioned-update';
import type { CreatePartnershipDto } from './dto/create-partnership.dto';
import type { PartnershipFieldsDto } from './dto/partnership-fields.dto';
import type { UpdatePartnershipDto } from './dto/update-partnership.dto';
import { parseAsOf, readPartnershipAsOf } from './partnership-as-of';
import { nextPartnershipCode } from './partnership-code';
import { PARTNERSHIP_LIST } from './partnership-query';
import { maintainedPartnershipTotal } from './partnership-totals';
import { PARTNERSHIP_SELECT, partnershipFromRow, type PartnershipRow, readPartnershipOrFail } from './partnership-rows';
import { auditedFields, toPartnershipRecord, toPartnershipRecords } from './partnership-records';
import { checkPartnershipRules } from './partnership-rules';
import { PartnershipStatusChanges } from './partnership-status';
import { PartnershipEdits } from './partnership-edits';
import { PartnershipEntity } from './partnership.entity';
import { StatusHistoryEntity } from './status-history.entity';
import { toStatusHistoryRecords } from './status-history-records';
import { msg, statusRef } from '../common/i18n/message';

const LABEL = 'partnerships';

/** Creation also accepts the demo seed's extras; the API's create route never sets them. */
export interface CreateOptions {
  status?: PartnershipEntity['status'];
  statusReason?: string | null;
  isDemoData?: boolean;
  demoNote?: string | null;
  codeYear?: number;
}

@Injectable()
export class PartnershipsService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly audit: AuditService,
    private readonly status: PartnershipStatusChanges,
    private readonly edits: PartnershipEdits,
  ) {}

  list(raw: RawListQuery): Promise<ListResult<PartnershipRecord>> {
    return this.db.read((manager) =>
      listRecords(manager, raw, PARTNERSHIP_LIST, toPartnershipRecords, {
        scope: (qb, query) => {
          // Archived partnerships stay out of lists unless asked for, or fetched by id (getMany of references).
          const names = query.filters.map((filter) => filter.name);
          if (!names.some((name) => name === 'archived' || name === 'includeArchived' || name === 'id')) qb.andWhere('p.archived_at IS NULL');
        },
        maintainedTotal: maintainedPartnershipTotal,
        readPage: async (qb) => ((await qb.select(PARTNERSHIP_SELECT).getRawMany()) as PartnershipRow[]).map(partnershipFromRow),
      }),
    );
  }

  getOne(id: number): Promise<PartnershipRecord> {
    return this.db.read(async (manager) => toPartnershipRecord(manager, await readPartnershipOrFail(manager, id)));
  }

  /** The partnership as it stood at `asOf` (the query text, checked here), rebuilt from the audit trail. */
  getAsOf(id: number, asOf: unknown): Promise<PartnershipAsOfRecord> {
    const at = parseAsOf(asOf);
    return this.db.read((manager) => readPartnershipAsOf(manager, id, at));
  }

  /** Whom a partnership may be given to: the owner rule's accounts, by name. */
  ownerChoices(): Promise<OwnerChoiceRecord[]> {
    return this.db.read((manager) => ownerChoices(manager));
  }

  /** Its applied status changes, oldest first (its creation is the first). */
  statusHistory(id: number): Promise<StatusHistoryRecord[]> {
    return this.db.read(async (manager) => {
      await findOrFail(manager, PartnershipEntity, id, 'partnerships');
      const rows = await manager
        .getRepository(StatusHistoryEntity)
        .createQueryBuilder('h')
        .where('h.partnership_id = :id', { id })
        .orderBy('h.decided_at', 'ASC')
        .addOrderBy('h.id', 'ASC')
        .getMany();
      return toStatusHistoryRecords(manager, rows);
    });
  }

  create(dto: CreatePartnershipDto, actor: Actor, options: CreateOptions = {}): Promise<PartnershipRecord> {
    if (dto.status !== undefined && dto.status !== INITIAL_STATUS && !options.status) {
      throw ruleViolation(msg('partnerships.initialStatus', { status: statusRef(INITIAL_STATUS) }), {
        status: msg('partnerships.initialStatusField', { status: statusRef(INITIAL_STATUS) }),
      });
    }
    return this.db.write(async (manager) => {
      const parties = dto.parties ?? [];
      const ownerId = dto.ownerId === undefined ? actor.id : dto.ownerId;
      await checkPartnershipRules(manager, { ...dateFields(dto), parties, ownerId });
      const now = transactionTime(manager);
      const row = manager.create(PartnershipEntity, {
        code: await nextPartnershipCode(manager, options.codeYear ?? new Date(now).getUTCFullYear()),
        title: dto.title,
        titleMs: dto.titleMs ?? null,
        summary: dto.summary ?? null,
        category: dto.category,
        instrument: dto.instrument,
        status: options.status ?? INITIAL_STATUS,
        statusReason: options.statusReason ?? null,
        themes: normaliseThemes(dto.themes ?? []),
        alignment: dto.alignment ?? [],
        leadDepartment: dto.leadDepartment ?? null,
        ownerId,
        ...dateFields(dto),
        isDemoData: options.isDemoData ?? false,
        demoNote: options.demoNote ?? null,
        archivedAt: null,
        version: 1,
        createdAt: now,
        updatedAt: now,
        createdById: actor.id,
        updatedById: actor.id,
      });
      await manager.insert(PartnershipEntity, row);
      await replaceLinks(manager, row.id, parties, officialOrder(dto.sdgTargets ?? []));
      await this.status.recordInitial(manager, row);
      const record = await toPartnershipRecord(manager, row);
      await this.audit.recordChange(manager, actor, {
        action: 'create',
        entityType: 'partnerships',
        entityId: row.id,
        before: null,
        after: auditedFields(record),
      });
      return record;
    });
  }

  update(id: number, dto: UpdatePartnershipDto, actor: Actor): Promise<PartnershipRecord> {
    return this.db.write(async (manager) => {
      const current = await readPartnershipOrFail(manager, id);
      if (current.archivedAt) throw ruleViolation(msg('partnerships.archivedNoEdit'));
      await checkVersion(manager, LABEL, current, dto.version);
      if (dto.status !== undefined && dto.status !== current.status) {
        throw ruleViolation(msg('partnerships.statusNotDirect'), {
          status: msg('partnerships.statusThroughRequest'),
        });
      }
      const unchanged = await toPartnershipRecord(manager, current);
      const before = auditedFields(unchanged);
      const parties = dto.parties ?? before.parties;
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
      if (!changesAny(before, { ...next, parties, sdgTargets })) return unchanged; // nothing to save: no new version, no audit event
      // react-admin sends the whole record: the links are rewritten, and checked, only when they changed.
      const partiesChanged = changesAny({ parties: before.parties }, { parties });
      const linksChanged = partiesChanged || changesAny({ sdgTargets: before.sdgTargets }, { sdgTargets });
      await checkPartnershipRules(manager, { ...next, parties }, { parties: !partiesChanged, owner: next.ownerId === current.ownerId });

      const saved = await versionedUpdate(manager, PartnershipEntity, {
        label: LABEL,
        id,
        version: dto.version,
        set: next,
        actorId: actor.id,
        read: readPartnershipOrFail,
      });
      if (linksChanged) await replaceLinks(manager, id, parties, sdgTargets);
      await this.edits.edited(manager, { partnershipId: id, fromVersion: current.version, actor });
      const after: PartnershipRecord = {
        ...saved,
        parties,
        sdgTargets,
        ownerName: saved.ownerId === current.ownerId ? unchanged.ownerName : (await userNames(manager, [saved.ownerId]))(saved.ownerId),
      };
      await this.audit.recordChange(manager, actor, {
        action: 'update',
        entityType: 'partnerships',
        entityId: id,
        before,
        after: auditedFields(after),
      });
      return after;
    });
  }

  /**
   * DELETE archives: the record and its history stay; it leaves the default lists. Of concurrent
   * archivers (or an archive racing an edit) only the one whose UPDATE changed the row writes an
   * event: the others get 422 "already archived", or 409 when an edit came first.
   */
  archive(id: number, actor: Actor): Promise<PartnershipRecord> {
    return this.db.write(async (manager) => {
      const current = await readPartnershipOrFail(manager, id);
      if (current.archivedAt) throw alreadyArchived();
      const archivedAt = transactionTime(manager);
      const saved = await versionedUpdate(manager, PartnershipEntity, {
        label: LABEL,
        id,
        version: current.version,
        set: { archivedAt },
        actorId: actor.id,
        where: 'archived_at IS NULL',
        read: readPartnershipOrFail,
        onNoRow: async (now) => (now.archivedAt ? alreadyArchived() : staleVersionError(manager, LABEL, now)),
      });
      await this.edits.edited(manager, { partnershipId: id, fromVersion: current.version, actor });
      await this.audit.append(manager, actor, {
        action: 'archive',
        entityType: 'partnerships',
        entityId: id,
        changes: { archivedAt: [null, archivedAt] },
      });
      return toPartnershipRecord(manager, saved);
    });
  }
}

const alreadyArchived = () => ruleViolation(msg('partnerships.alreadyArchived'));

async function replaceLinks(manager: EntityManager, id: number, parties: PartyRecord[], sdgTargets: string[]): Promise<void> {
  const [partnership] = sqlPlaceholders(manager, 1);
  await manager.query(`DELETE FROM partnership_parties WHERE partnership_id = ${partnership}`, [id]);
  await manager.query(`DELETE FROM partnership_sdg_targets WHERE partnership_id = ${partnership}`, [id]);
  if (parties.length) {
    const rows = parties.map((_, index) => `(${sqlPlaceholders(manager, 4, index * 4).join(', ')})`);
    await manager.query(
      `INSERT INTO partnership_parties (partnership_id, organisation_id, role, position) VALUES ${rows.join(', ')}`,
      parties.flatMap((party, position) => [id, party.organisationId, party.role, position]),
    );
  }
  if (sdgTargets.length) {
    const rows = sdgTargets.map((_, index) => `(${sqlPlaceholders(manager, 2, index * 2).join(', ')})`);
    await manager.query(
      `INSERT INTO partnership_sdg_targets (partnership_id, target_code) VALUES ${rows.join(', ')}`,
      sdgTargets.flatMap((targetCode) => [id, targetCode]),
    );
  }
}

function dateFields(dto: PartnershipFieldsDto) {
  return {
    proposedOn: dto.proposedOn ?? null,
    signedOn: dto.signedOn ?? null,
    effectiveFrom: dto.effectiveFrom ?? null,
    expiresOn: dto.expiresOn ?? null,
    nextReviewOn: dto.nextReviewOn ?? null,
  };
}

/** Themes are free text: trimmed, lower-cased with underscores, without duplicates. */
function normaliseThemes(themes: string[]): string[] {
  return [...new Set(themes.map((theme) => theme.trim().toLowerCase().replace(/\s+/g, '_')).filter(Boolean))];
}

const SDG_POSITION = new Map(SDG_TARGETS.map((target, index) => [target.code, index]));

/** SDG targets are a set, kept in the official order (1.1 … 17.19), as they are read back. */
function officialOrder(codes: string[]): string[] {
  return [...new Set(codes)].sort((a, b) => (SDG_POSITION.get(a) ?? 0) - (SDG_POSITION.get(b) ?? 0));
}
