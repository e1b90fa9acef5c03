import { containsPattern, type EntityListSpec, lowerSql } from '../common/list-query/list-spec';
import { OrganisationEntity } from './organisation.entity';

/** Sorting and filtering of GET /api/organisations. The main query is `organisations o`, with no joins. */
export const ORGANISATION_LIST: EntityListSpec<OrganisationEntity> = {
  resource: 'organisations',
  entity: OrganisationEntity,
  alias: 'o',
  sortable: {
    id: 'o.id',
    name: 'o.name',
    type: 'o.type',
    country: 'o.country',
    city: 'o.city',
    createdAt: 'o.created_at',
    updatedAt: 'o.updated_at',
  },
  defaultSort: { field: 'name', order: 'ASC' },
  tieBreaker: 'o.id',
  filters: {
    id: { kind: 'exact', column: 'o.id', type: 'integer' },
    type: { kind: 'exact', column: 'o.type', type: 'string' },
    country: { kind: 'exact', column: 'o.country', type: 'string' },
    parentId: { kind: 'exact', column: 'o.parent_id', type: 'integer' },
    createdAt: { kind: 'range', column: 'o.created_at', type: 'timestamp' },
    updatedAt: { kind: 'range', column: 'o.updated_at', type: 'timestamp' },
    q: {
      kind: 'custom',
      type: 'string',
      apply: (qb, value, param) =>
        qb.andWhere(
          `(${lowerSql(qb, 'o.name')} LIKE :${param} ESCAPE '\\' OR ${lowerSql(qb, 'o.aliases')} LIKE :${param} ESCAPE '\\' OR ${lowerSql(qb, "COALESCE(o.city, '')")} LIKE :${param} ESCAPE '\\')`,
          { [param]: containsPattern(String(value)) },
        ),
    },
  },
};
