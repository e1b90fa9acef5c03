import { Injectable } from '@nestjs/common';
import type { OrganisationRecord } from '@klch/shared';
import type { Actor } from '../audit/actor';
import { AuditService } from '../audit/audit.service';
import { changesAny } from '../audit/field-changes';
import { conflict } from '../common/errors/http-errors';
import { listRecords } from '../common/list-query/list-records';
import type { ListResult } from '../common/list-query/list-result';
import type { RawListQuery } from '../common/list-query/parse-list-query';
import { pick } from '../common/update/pick';
import { transactionTime } from '../database/transaction-time';
import { TransactionRunner } from '../database/transaction-runner';
import { checkVersion, findOrFail, versionedUpdate } from '../database/versioned-update';
import type { CreateOrganisationDto } from './dto/create-organisation.dto';
import type { UpdateOrganisationDto } from './dto/update-organisation.dto';
import { ORGANISATION_LIST } from './organisation-query';
import { toOrganisationRecord } from './organisation-records';
import { OrganisationReferences } from './organisation-references';
import { checkCoordinates, checkParent } from './organisation-rules';
import { OrganisationEntity } from './organisation.entity';
import { msg } from '../common/i18n/message';

const LABEL = 'organisations';

@Injectable()
export class OrganisationsService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly audit: AuditService,
    private readonly references: OrganisationReferences,
  ) {}

  list(raw: RawListQuery): Promise<ListResult<OrganisationRecord>> {
    return this.db.read((manager) => listRecords(manager, raw, ORGANISATION_LIST, (_manager, rows) => rows.map(toOrganisationRecord)));
  }

  getOne(id: number): Promise<OrganisationRecord> {
    return this.db.read(async (manager) => toOrganisationRecord(await findOrFail(manager, OrganisationEntity, id, 'organisations')));
  }

  create(dto: CreateOrganisationDto, actor: Actor, options: { isDemoData?: boolean } = {}): Promise<OrganisationRecord> {
    return this.db.write(async (manager) => {
      checkCoordinates(dto.latitude ?? null, dto.longitude ?? null);
      if (dto.parentId != null) await checkParent(manager, null, dto.parentId);
      const now = transactionTime(manager);
      const row = manager.create(OrganisationEntity, {
        name: dto.name,
        aliases: normaliseAliases(dto.aliases ?? []),
        type: dto.type,
        country: dto.country,
        city: dto.city ?? null,
        latitude: dto.latitude ?? null,
        longitude: dto.longitude ?? null,
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
      await this.audit.recordChange(manager, actor, { action: 'create', entityType: 'organisations', entityId: row.id, before: null, after: record });
      return record;
    });
  }

  update(id: number, dto: UpdateOrganisationDto, actor: Actor): Promise<OrganisationRecord> {
    return this.db.write(async (manager) => {
      const current = await findOrFail(manager, OrganisationEntity, id, 'organisations');
      await checkVersion(manager, LABEL, current, dto.version);
      const before = toOrganisationRecord(current);
      const next = {
        name: dto.name ?? current.name,
        aliases: dto.aliases ? normaliseAliases(dto.aliases) : current.aliases,
        type: dto.type ?? current.type,
        country: dto.country ?? current.country,
        city: pick(dto.city, current.city),
        latitude: pick(dto.latitude, current.latitude),
        longitude: pick(dto.longitude, current.longitude),
        parentId: pick(dto.parentId, current.parentId),
        website: pick(dto.website, current.website),
        notes: pick(dto.notes, current.notes),
      };
      if (!changesAny(before, next)) return before; // nothing to save: no new version, no audit event
      checkCoordinates(next.latitude, next.longitude);
      if (next.parentId !== null && next.parentId !== current.parentId) await checkParent(manager, id, next.parentId);

      const after = toOrganisationRecord(
        await versionedUpdate(manager, OrganisationEntity, { label: LABEL, id, version: dto.version, set: next, actorId: actor.id }),
      );
      await this.audit.recordChange(manager, actor, { action: 'update', entityType: 'organisations', entityId: id, before, after });
      return after;
    });
  }

  /** Erases an organisation nobody refers to; one that is a party, say, or a parent must stay (409). */
  remove(id: number, actor: Actor): Promise<OrganisationRecord> {
    return this.db.write(async (manager) => {
      const current = await findOrFail(manager, OrganisationEntity, id, 'organisations');
      const inUse = await this.references.whyInUse(manager, id);
      if (inUse) throw conflict(msg('organisations.inUse', { name: current.name, inUse }));
      const children = await manager.getRepository(OrganisationEntity).count({ where: { parentId: id } });
      if (children > 0) {
        throw conflict(msg('organisations.parentOf', { name: current.name, count: children }));
      }
      const before = toOrganisationRecord(current);
      await manager.delete(OrganisationEntity, { id });
      await this.audit.recordChange(manager, actor, { action: 'delete', entityType: 'organisations', entityId: id, before, after: null });
      return before;
    });
  }
}

function normaliseAliases(aliases: string[]): string[] {
  return [...new Set(aliases.map((alias) => alias.trim()).filter(Boolean))];
}
