import { containsPattern, type EntityListSpec, lowerSql } from '../common/list-query/list-spec';
import { UserEntity } from './user.entity';

/** Sorting and filtering of GET /api/users. The main query is `users u`, with no joins. */
export const USER_LIST: EntityListSpec<UserEntity> = {
  resource: 'users',
  entity: UserEntity,
  alias: 'u',
  sortable: { id: 'u.id', username: 'u.username', fullName: 'u.full_name', role: 'u.role', active: 'u.active', createdAt: 'u.created_at' },
  defaultSort: { field: 'username', order: 'ASC' },
  tieBreaker: 'u.id',
  filters: {
    id: { kind: 'exact', column: 'u.id', type: 'integer' },
    role: { kind: 'exact', column: 'u.role', type: 'string' },
    active: { kind: 'exact', column: 'u.active', type: 'boolean' },
    q: {
      kind: 'custom',
      type: 'string',
      apply: (qb, value, param) =>
        qb.andWhere(
          `(u.username LIKE :${param} ESCAPE '\\' OR ${lowerSql(qb, 'u.full_name')} LIKE :${param} ESCAPE '\\' OR ${lowerSql(qb, "COALESCE(u.email, '')")} LIKE :${param} ESCAPE '\\')`,
          {
            [param]: containsPattern(String(value)),
          },
        ),
    },
  },
};
