import type { EntityManager } from 'typeorm';
import type { PartnershipRecord, PartyRecord } from '@klch/shared';
import type { Assert, SameKeys } from '../common/http/same-keys';
import { userNames } from '../database/user-names';
import { PartnershipPartyEntity } from './partnership-party.entity';
import { PartnershipSdgTargetEntity } from './partnership-sdg-target.entity';
import type { PartnershipEntity } from './partnership.entity';

/** The fields of a record that are not columns of its row: its links, and the owner's name. */
type Linked = Pick<PartnershipRecord, 'parties' | 'sdgTargets' | 'ownerName'>;
export type PartnershipRecordIsRowAndLinks = Assert<SameKeys<PartnershipEntity & Linked, PartnershipRecord>>;

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
  const nameOf = await userNames(
    manager,
    rows.map((row) => row.ownerId),
  );
  return rows.map((row) => ({
    ...row,
    parties: parties.filter((party) => party.partnershipId === row.id).map(({ organisationId, role }): PartyRecord => ({ organisationId, role })),
    sdgTargets: targets.filter((target) => target.partnershipId === row.id).map((target) => target.targetCode),
    ownerName: nameOf(row.ownerId),
  }));
}

export async function toPartnershipRecord(manager: EntityManager, row: PartnershipEntity): Promise<PartnershipRecord> {
  const [record] = await toPartnershipRecords(manager, [row]);
  return record;
}

/** The fields whose before/after the audit trail records (the record minus derived names). */
export function auditedFields(record: PartnershipRecord): Omit<PartnershipRecord, 'ownerName'> {
  const { ownerName: _ownerName, ...fields } = record;
  return fields;
}
