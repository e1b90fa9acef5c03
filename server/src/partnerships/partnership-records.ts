import type { EntityManager } from 'typeorm';
import type { PartnershipRecord, PartyRecord } from '@klch/shared';
import type { Assert, SameKeys } from '../common/http/same-keys';
import { sqlPlaceholders } from '../database/raw-sql';
import { userNames } from '../database/user-names';
import type { PartnershipEntity } from './partnership.entity';

/** The fields of a record that are not columns of its row: its links, and the owner's name. */
type Linked = Pick<PartnershipRecord, 'parties' | 'sdgTargets' | 'ownerName'>;
export type PartnershipRecordIsRowAndLinks = Assert<SameKeys<PartnershipEntity & Linked, PartnershipRecord>>;

/**
 * Turns partnership rows into API records, loading parties, SDG targets and owner names for the
 * whole page in three queries (never one per row). Hand-written SQL: this runs on every list page
 * and every get.
 */
export async function toPartnershipRecords(manager: EntityManager, rows: PartnershipEntity[]): Promise<PartnershipRecord[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const inIds = sqlPlaceholders(manager, ids.length).join(', ');
  // One after another, not Promise.all: inside a transaction the manager has a single connection, and
  // overlapping queries on one pg client are deprecated (an error from pg 9).
  const parties: Array<{ partnership_id: number; organisation_id: number; role: PartyRecord['role'] }> = await manager.query(
    `SELECT pp.partnership_id, pp.organisation_id, pp.role FROM partnership_parties pp
     WHERE pp.partnership_id IN (${inIds}) ORDER BY pp.position`,
    ids,
  );
  const targets: Array<{ partnership_id: number; target_code: string }> = await manager.query(
    `SELECT pt.partnership_id, pt.target_code FROM partnership_sdg_targets pt JOIN sdg_targets t ON t.code = pt.target_code
     WHERE pt.partnership_id IN (${inIds}) ORDER BY t.position`,
    ids,
  );
  const nameOf = await userNames(
    manager,
    rows.map((row) => row.ownerId),
  );
  const partiesOf = groupBy(parties, (party) => Number(party.partnership_id));
  const targetsOf = groupBy(targets, (target) => Number(target.partnership_id));
  return rows.map((row) => ({
    ...row,
    parties: (partiesOf.get(row.id) ?? []).map((party): PartyRecord => ({ organisationId: Number(party.organisation_id), role: party.role })),
    sdgTargets: (targetsOf.get(row.id) ?? []).map((target) => target.target_code),
    ownerName: nameOf(row.ownerId),
  }));
}

function groupBy<T>(items: T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
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
