import type { EntityManager } from 'typeorm';
import type { PartnershipRecord, PartyRecord } from '@klch/shared';
import { userNames } from '../users/user-names';
import { PartnershipPartyEntity } from './partnership-party.entity';
import { PartnershipSdgTargetEntity } from './partnership-sdg-target.entity';
import type { PartnershipEntity } from './partnership.entity';

/**
 * Turns partnership rows into API records, loading parties, SDG targets and owner names for the
 * whole page in three queries (never one per row).
 */
export async function toPartnershipRecords(manager: EntityManager, rows: PartnershipEntity[]): Promise<PartnershipRecord[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  // One after another, not Promise.all: inside a transaction the manager has a single connection, and
  // overlapping queries on one pg client are deprecated (an error from pg 9).
  const parties = await manager
    .getRepository(PartnershipPartyEntity)
    .createQueryBuilder('pp')
    .where('pp.partnership_id IN (:...ids)', { ids })
    .orderBy('pp.position', 'ASC')
    .getMany();
  const targets = await manager
    .getRepository(PartnershipSdgTargetEntity)
    .createQueryBuilder('pt')
    .innerJoin('sdg_targets', 't', 't.code = pt.target_code')
    .where('pt.partnership_id IN (:...ids)', { ids })
    .orderBy('t.position', 'ASC')
    .getMany();
  const owners = await userNames(manager, rows.map((row) => row.ownerId));
  return rows.map((row) =>
    toPartnershipRecord(
      row,
      parties.filter((party) => party.partnershipId === row.id).map(({ organisationId, role }) => ({ organisationId, role })),
      targets.filter((target) => target.partnershipId === row.id).map((target) => target.targetCode),
      row.ownerId === null ? null : (owners.get(row.ownerId) ?? null),
    ),
  );
}


export function toPartnershipRecord(row: PartnershipEntity, parties: PartyRecord[], sdgTargets: string[], ownerName: string | null): PartnershipRecord {
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    titleMs: row.titleMs,
    summary: row.summary,
    category: row.category,
    instrument: row.instrument,
    status: row.status,
    statusReason: row.statusReason,
    parties,
    themes: row.themes,
    sdgTargets,
    alignment: row.alignment,
    leadDepartment: row.leadDepartment,
    ownerId: row.ownerId,
    ownerName,
    proposedOn: row.proposedOn,
    signedOn: row.signedOn,
    effectiveFrom: row.effectiveFrom,
    expiresOn: row.expiresOn,
    nextReviewOn: row.nextReviewOn,
    isDemoData: row.isDemoData,
    demoNote: row.demoNote,
    archivedAt: row.archivedAt,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    createdById: row.createdById,
    updatedById: row.updatedById,
  };
}

/** The fields whose before/after the audit trail records (the record minus derived names). */
export function auditedFields(record: PartnershipRecord): Record<string, unknown> {
  const { ownerName: _ownerName, ...fields } = record;
  return fields;
}
