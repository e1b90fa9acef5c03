import { containsPattern, type EntityListSpec, lowerSql } from '../common/list-query/list-spec';
import { SdgTargetEntity } from './sdg-target.entity';

/** Sorting and filtering of GET /api/sdg-targets. The main query is `sdg_targets t`, with no joins. */
export const SDG_TARGET_LIST: EntityListSpec<SdgTargetEntity> = {
  resource: 'sdg-targets',
  entity: SdgTargetEntity,
  alias: 't',
  // "code" sorts in the official order (1.1 … 1.5, 1.a), which plain text order would not.
  sortable: { id: 't.position', code: 't.position', goal: 't.goal', title: 't.title' },
  defaultSort: { field: 'code', order: 'ASC' },
  tieBreaker: 't.position',
  filters: {
    id: { kind: 'exact', column: 't.code', type: 'string' },
    code: { kind: 'exact', column: 't.code', type: 'string' },
    goal: { kind: 'exact', column: 't.goal', type: 'integer' },
    q: {
      kind: 'custom',
      type: 'string',
      apply: (qb, value, param) => {
        const text = String(value).trim();
        qb.andWhere(`(t.code LIKE :${param}_code ESCAPE '\\' OR ${lowerSql(qb, 't.title')} LIKE :${param} ESCAPE '\\')`, {
          [`${param}_code`]: `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
          [param]: containsPattern(text),
        });
      },
    },
  },
};
