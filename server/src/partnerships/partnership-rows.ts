import type { EntityManager } from 'typeorm';
import { recordNotFound } from '../common/errors/http-errors';
import type { Assert, SameKeys } from '../common/http/same-keys';
import { sqlPlaceholders } from '../database/raw-sql';
import type { PartnershipEntity } from './partnership.entity';

/**
 * Reading partnership rows by hand-written SQL on the hot read paths (the list page, a get): what
 * TypeORM's query building and entity hydration cost there was a quarter of a read's CPU. Every
 * column by name, as the entity maps it; dates cast to text because PostgreSQL's driver would turn a
 * DATE into a JavaScript Date at local midnight (SQLite keeps them as text already).
 */
const COLUMNS: Record<keyof PartnershipEntity, string> = {
  id: 'p.id',
  code: 'p.code',
  title: 'p.title',
  titleMs: 'p.title_ms',
  summary: 'p.summary',
  category: 'p.category',
  instrument: 'p.instrument',
  status: 'p.status',
  statusReason: 'p.status_reason',
  themes: 'p.themes',
  alignment: 'p.alignment',
  leadDepartment: 'p.lead_department',
  ownerId: 'p.owner_id',
  proposedOn: 'CAST(p.proposed_on AS TEXT)',
  signedOn: 'CAST(p.signed_on AS TEXT)',
  effectiveFrom: 'CAST(p.effective_from AS TEXT)',
  expiresOn: 'CAST(p.expires_on AS TEXT)',
  nextReviewOn: 'CAST(p.next_review_on AS TEXT)',
  isDemoData: 'p.is_demo_data',
  demoNote: 'p.demo_note',
  archivedAt: 'p.archived_at',
  version: 'p.version',
  createdAt: 'p.created_at',
  updatedAt: 'p.updated_at',
  createdById: 'p.created_by_id',
  updatedById: 'p.updated_by_id',
};

/** `p.code AS "code", …`: the select list of a partnership row, each column under its field's name. */
export const PARTNERSHIP_SELECT: string[] = Object.entries(COLUMNS).map(([field, column]) => `${column} AS "${field}"`);

/** A row as the databases answer PARTNERSHIP_SELECT (SQLite: booleans 0/1; JSON columns as text). */
export type PartnershipRow = Omit<PartnershipEntity, 'themes' | 'alignment' | 'isDemoData'> & {
  themes: string;
  alignment: string;
  isDemoData: boolean | number;
};
export type SelectNamesEveryColumn = Assert<SameKeys<typeof COLUMNS, PartnershipEntity>>;

/** The entity of a row read with PARTNERSHIP_SELECT. */
export function partnershipFromRow(row: PartnershipRow): PartnershipEntity {
  return {
    ...row,
    themes: JSON.parse(row.themes) as PartnershipEntity['themes'],
    alignment: JSON.parse(row.alignment) as PartnershipEntity['alignment'],
    isDemoData: Boolean(row.isDemoData),
  };
}

/** One partnership by id, or null. */
export async function readPartnershipRow(manager: EntityManager, id: number): Promise<PartnershipEntity | null> {
  const [placeholder] = sqlPlaceholders(manager, 1);
  const rows: PartnershipRow[] = await manager.query(`SELECT ${PARTNERSHIP_SELECT.join(', ')} FROM partnerships p WHERE p.id = ${placeholder}`, [id]);
  return rows.length ? partnershipFromRow(rows[0]) : null;
}

/** One partnership by id, or the 404 "Partnership 7 does not exist." */
export async function readPartnershipOrFail(manager: EntityManager, id: number): Promise<PartnershipEntity> {
  const row = await readPartnershipRow(manager, id);
  if (!row) throw recordNotFound('partnerships', id);
  return row;
}
