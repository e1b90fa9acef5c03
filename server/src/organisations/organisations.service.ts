import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { OrganisationRecord } from '@klch/shared';
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
import { PartnershipPartyEntity } from '../partnerships/partnership-party.entity';
import type { CreateOrganisationDto } from './dto/create-organisation.dto';
import type { UpdateOrganisationDto } from './dto/update-organisation.dto';
import { ORGANISATION_LIST } from './organisation-query';
import { toOrganisationRecord } from './organisation-records';
import { OrganisationEntity } from './organisation.entity';

@Injectable()
export class OrganisationsService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  list(raw: RawListQuery): Promise<ListResult<OrganisationRecord>> {
    const query = parseListQuery(raw, ORGANISATION_LIST);
    return this.db.read(async (manager) => {
      const page = await fetchPage(applyFilters(manager.getRepository(OrganisationEntity).createQueryBuilder('o'), query), query, ORGANISATION_LIST.tieBreaker);
      return { ...page, rows: page.rows.map(toOrganisationRecord) };
    });
  }

  getOne(id: number): Promise<OrganisationRecord> {
    return this.db.read(async (manager) => toOrganisationRecord(await this.find(manager, id)));
  }

  create(dto: CreateOrganisationDto, actor: Actor, options: { isDemoData?: boolean } = {}): Promise<OrganisationRecord> {
    return this.db.write(async (manager) => {
      if (dto.parentId != null) await this.checkParent(manager, null, dto.parentId);
      const now = nowIso();
      const row = manager.create(OrganisationEntity, {
        name: dto.name,
        aliases: normaliseAliases(dto.aliases ?? []),
        type: dto.type,
        country: dto.country,
        city: dto.city ?? null,
        parentId: dto.parentId ?? null,
        website: dto.website ?? null,
        notes: dto.notes ?? null,
        isDemoData: options.isDemoData ?? false,
        version: 1,
        createdAt: now,
        updatedAt: now,
        createdById: actor.id,
        updatedById: actor.id,
      });
      await manager.insert(OrganisationEntity, row);
      const record = toOrganisationRecord(row);
      await this.audit.append(manager, actor, {
        action: 'create',
        entityType: 'organisations',
        entityId: row.id,
        changes: fieldChanges(null, { ...record }),
      });
      return record;
    });
  }

  update(id: number, dto: UpdateOrganisationDto, actor: Actor): Promise<OrganisationRecord> {
    return this.db.write(async (manager) => {
      const current = await this.find(manager, id);
      if (dto.version !== current.version) throw await staleVersionError(manager, 'organisation', current);
      const before = toOrganisationRecord(current);
      const next = {
        name: dto.name ?? current.name,
        aliases: dto.aliases ? normaliseAliases(dto.aliases) : current.aliases,
        type: dto.type ?? current.type,
        country: dto.country ?? current.country,
        city: dto.city === undefined ? current.city : dto.city,
        parentId: dto.parentId === undefined ? current.parentId : dto.parentId,
        website: dto.website === undefined ? current.website : dto.website,
        notes: dto.notes === undefined ? current.notes : dto.notes,
      };
      if (Object.keys(fieldChanges({ ...before }, { ...before, ...next })).length === 0) return before;
      if (next.parentId !== null && next.parentId !== current.parentId) await this.checkParent(manager, id, next.parentId);

      const result = await manager
        .createQueryBuilder()
        .update(OrganisationEntity)
        .set({ ...next, version: () => 'version + 1', updatedAt: nowIso(), updatedById: actor.id })
        .where('id = :id AND version = :version', { id, version: dto.version })
        .execute();
      if (!result.affected) throw await staleVersionError(manager, 'organisation', await this.find(manager, id));

      const after = toOrganisationRecord(await this.find(manager, id));
      await this.audit.append(manager, actor, {
        action: 'update',
        entityType: 'organisations',
        entityId: id,
        changes: fieldChanges({ ...before }, { ...after }),
      });
      return after;
    });
  }

  /** Erases an organisation nobody refers to; one that is a party or a parent must stay (409). */
  remove(id: number, actor: Actor): Promise<OrganisationRecord> {
    return this.db.write(async (manager) => {
      const current = await this.find(manager, id);
      const parties = await manager.getRepository(PartnershipPartyEntity).count({ where: { organisationId: id } });
      if (parties > 0) {
        throw new ConflictException({
          statusCode: 409,
          message: `${current.name} is a party to ${parties} partnership${parties === 1 ? '' : 's'} and cannot be deleted. Remove it from them first.`,
        });
      }
      const children = await manager.getRepository(OrganisationEntity).count({ where: { parentId: id } });
      if (children > 0) {
        throw new ConflictException({
          statusCode: 409,
          message: `${current.name} is the parent of ${children} organisation${children === 1 ? '' : 's'} and cannot be deleted.`,
        });
      }
      const before = toOrganisationRecord(current);
      await manager.delete(OrganisationEntity, { id });
      await this.audit.append(manager, actor, {
        action: 'delete',
        entityType: 'organisations',
        entityId: id,
        changes: fieldChanges({ ...before }, null),
      });
      return before;
    });
  }

  private async find(manager: EntityManager, id: number): Promise<OrganisationEntity> {
    const row = await manager.getRepository(OrganisationEntity).findOne({ where: { id } });
    if (!row) throw new NotFoundException(`Organisation ${id} does not exist.`);
    return row;
  }

  /** The parent must exist and must not be the organisation itself or one of its descendants. */
  private async checkParent(manager: EntityManager, id: number | null, parentId: number): Promise<void> {
    const repository = manager.getRepository(OrganisationEntity);
    let cursor: number | null = parentId;
    for (let depth = 0; cursor !== null; depth++) {
      if (cursor === id || depth > 50) {
        throw new RuleViolationException('An organisation cannot sit under itself.', { parentId: 'would make a loop of parents' });
      }
      const parent: OrganisationEntity | null = await repository.findOne({ where: { id: cursor }, select: ['id', 'parentId'] });
      if (!parent) throw new RuleViolationException(`Organisation ${cursor} does not exist.`, { parentId: `organisation ${cursor} does not exist` });
      cursor = parent.parentId;
    }
  }
}

function normaliseAliases(aliases: string[]): string[] {
  return [...new Set(aliases.map((alias) => alias.trim()).filter(Boolean))];
}
