import type { OrganisationRecord } from '@klch/shared';
import type { OrganisationEntity } from './organisation.entity';

export function toOrganisationRecord(row: OrganisationEntity): OrganisationRecord {
  return {
    id: row.id,
    name: row.name,
    aliases: row.aliases,
    type: row.type,
    country: row.country,
    city: row.city,
    parentId: row.parentId,
    website: row.website,
    notes: row.notes,
    isDemoData: row.isDemoData,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    createdById: row.createdById,
    updatedById: row.updatedById,
  };
}
