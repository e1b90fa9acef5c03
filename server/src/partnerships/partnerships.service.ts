import { Injectable, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { INITIAL_STATUS, type PartnershipRecord, type PartyRecord, SDG_TARGETS } from '@klch/shared';
import type { Actor } from '../audit/actor';
import { AuditService } from '../audit/audit.service';
import { fieldChanges } from '../audit/field-changes';
import { RuleViolationException } from '../common/errors/business-errors';
import { staleVersionError } from '../common/errors/stale-version';
import { applyFilters, fetchPage } from '../common/list-query/apply-list-query';
import type { ListResult } from '../common/list-query/list-result';
import { parseListQuery, type RawListQuery } from '../common/list-query/parse-list-query';
import { nowIso } from '../database/timestamps';
import { TransactionRunner } from '../database/transaction-runner';
import { recordInitialStatus } from '../status-requests/status-history-writer';
import type { CreatePartnershipDto } from './dto/create-partnership.dto';
import type { PartnershipFieldsDto } from './dto/partnership-fields.dto';
import type { UpdatePartnershipDto } from './dto/update-partnership.dto';
import { nextPartnershipCode } from './partnership-code';
import { PartnershipPartyEntity } from './partnership-party.entity';
import { PARTNERSHIP_LIST } from './partnership-query';
import { auditedFields, toPartnershipRecords } from './partnership-records';
import { checkPartnershipRules } from './partnership-rules';
import { PartnershipSdgTargetEntity } from './partnership-sdg-target.entity';
import { PartnershipEntity } from './partnership.entity';

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
  ) {}

  list(raw: RawListQuery): Promise<ListResult<PartnershipRecord>> {
    const query = parseListQuery(raw, PARTNERSHIP_LIST);
    const names = query.filters.map((filter) => filter.name);
    return this.db.read(async (manager) => {
      const qb = applyFilters(manager.getRepository(PartnershipEntity).createQueryBuilder('p'), query);
      // Archived partnerships stay out of lists unless asked for, or fetched by id (getMany of references).
      if (!names.includes('archived') && !names.includes('id')) qb.andWhere('p.archived_at IS NULL');
      const page = await fetchPage(qb, query, PARTNERSHIP_LIST.tieBreaker);
      return { ...page, rows: await toPartnershipRecords(manager, page.rows) };
    });
  }

  getOne(id: number): Promise<PartnershipRecord> {
    return this.db.read(async (manager) => this.recordOf(manager, await this.find(manager, id)));
  }

  create(dto: CreatePartnershipDto, actor: Actor, options: CreateOptions = {}): Promise<PartnershipRecord> {
    if (dto.status !== undefined && dto.status !== INITIAL_STATUS && !options.status) {
      throw new RuleViolationException(
        `A new partnership starts as "${INITIAL_STATUS}"; change its status afterwards with a status-change request.`,
        { status: `must be ${INITIAL_STATUS} (or left out)` },
      );
    }
    return this.db.write(async (manager) => {
      const parties = dto.parties ?? [];
      const ownerId = dto.ownerId === undefined ? actor.id : dto.ownerId;
      await checkPartnershipRules(manager, { ...dateFields(dto), parties, ownerId });
      const now = nowIso();
      const row = manager.create(PartnershipEntity, {
        code: await nextPartnershipCode(manager, options.codeYear ?? new Date().getUTCFullYear()),
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
      await this.replaceLinks(manager, row.id, parties, officialOrder(dto.sdgTargets ?? []));
      await recordInitialStatus(manager, row); // the first row of its status history
      const record = await this.recordOf(manager, row);
      await this.audit.append(manager, actor, {
        action: 'create',
        entityType: 'partnerships',
        entityId: row.id,
        changes: fieldChanges(null, auditedFields(record)),
      });
      return record;
    });
  }

  update(id: number, dto: UpdatePartnershipDto, actor: Actor): Promise<PartnershipRecord> {
    return this.db.write(async (manager) => {
      const current = await this.find(manager, id);
      if (current.archivedAt) throw new RuleViolationException('This partnership is archived and can no longer be edited.');
      if (dto.version !== current.version) throw await staleVersionError(manager, 'partnership', current);
      if (dto.status !== undefined && dto.status !== current.status) {
        throw new RuleViolationException('The status cannot be edited directly: ask for a status change, which a manager approves.', {
          status: 'changes only through a status-change request',
        });
      }
      const before = await this.recordOf(manager, current);
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
      const intended = { ...auditedFields(before), ...next, parties, sdgTargets };
      if (Object.keys(fieldChanges(auditedFields(before), intended)).length === 0) {
        return before; // nothing to save: no new version, no audit event
      }
      await checkPartnershipRules(manager, { ...next, parties });

      // Optimistic concurrency, done by the database: the row changes only if nobody changed it since.
      const result = await manager
        .createQueryBuilder()
        .update(PartnershipEntity)
        .set({ ...next, version: () => 'version + 1', updatedAt: nowIso(), updatedById: actor.id })
        .where('id = :id AND version = :version', { id, version: dto.version })
        .execute();
      if (!result.affected) throw await staleVersionError(manager, 'partnership', await this.find(manager, id));
      if (dto.parties || dto.sdgTargets) await this.replaceLinks(manager, id, parties, sdgTargets);

      const after = await this.recordOf(manager, await this.find(manager, id));
      await this.audit.append(manager, actor, {
        action: 'update',
        entityType: 'partnerships',
        entityId: id,
        changes: fieldChanges(auditedFields(before), auditedFields(after)),
      });
      return after;
    });
  }

  /** DELETE archives: the record and its history stay; it leaves the default lists. */
  archive(id: number, actor: Actor): Promise<PartnershipRecord> {
    return this.db.write(async (manager) => {
      const current = await this.find(manager, id);
      if (current.archivedAt) throw new RuleViolationException('This partnership is already archived.');
      const archivedAt = nowIso();
      await manager.update(
        PartnershipEntity,
        { id, version: current.version },
        { archivedAt, version: current.version + 1, updatedAt: archivedAt, updatedById: actor.id },
      );
      const after = await this.recordOf(manager, await this.find(manager, id));
      await this.audit.append(manager, actor, {
        action: 'archive',
        entityType: 'partnerships',
        entityId: id,
        changes: { archivedAt: [null, archivedAt] },
      });
      return after;
    });
  }

  private async find(manager: EntityManager, id: number): Promise<PartnershipEntity> {
    const row = await manager.getRepository(PartnershipEntity).findOne({ where: { id } });
    if (!row) throw new NotFoundException(`Partnership ${id} does not exist.`);
    return row;
  }

  private async recordOf(manager: EntityManager, row: PartnershipEntity): Promise<PartnershipRecord> {
    const [record] = await toPartnershipRecords(manager, [row]);
    return record;
  }

  private async replaceLinks(manager: EntityManager, id: number, parties: PartyRecord[], sdgTargets: string[]): Promise<void> {
    await manager.delete(PartnershipPartyEntity, { partnershipId: id });
    await manager.delete(PartnershipSdgTargetEntity, { partnershipId: id });
    if (parties.length) {
      await manager.insert(
        PartnershipPartyEntity,
        parties.map((party, position) => ({ partnershipId: id, organisationId: party.organisationId, role: party.role, position })),
      );
    }
    if (sdgTargets.length) {
      await manager.insert(PartnershipSdgTargetEntity, sdgTargets.map((targetCode) => ({ partnershipId: id, targetCode })));
    }
  }
}

/** Absent (undefined) keeps the current value; null clears it. */
function pick<T>(given: T | null | undefined, current: T | null): T | null {
  return given === undefined ? current : given;
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
