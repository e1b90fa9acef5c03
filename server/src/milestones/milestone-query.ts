import type { EntityListSpec } from '../common/list-query/list-spec';
import { todayInKualaLumpur } from '../database/timestamps';
import { MilestoneEntity } from './milestone.entity';

/** The SQL twin of shared's isOverdue: due date passed, neither done nor cancelled. */
const overdue = (todayParam: string) => `(m.due_on IS NOT NULL AND m.due_on < :${todayParam} AND m.status NOT IN ('done', 'cancelled'))`;

/** Sorting and filtering of GET /api/milestones. The main query is `milestones m`, with no joins. */
export const MILESTONE_LIST: EntityListSpec<MilestoneEntity> = {
  resource: 'milestones',
  entity: MilestoneEntity,
  alias: 'm',
  sortable: {
    // Undated milestones sort as "some day": last in the default ascending order, on both databases
    // (SQLite would put NULLs first, PostgreSQL last).
    dueOn: "COALESCE(m.due_on, '9999-12-31')",
    title: 'm.title',
    status: 'm.status',
    kind: 'm.kind',
    completedOn: 'm.completed_on',
    createdAt: 'm.created_at',
    updatedAt: 'm.updated_at',
    id: 'm.id',
  },
  defaultSort: { field: 'dueOn', order: 'ASC' },
  tieBreaker: 'm.id',
  filters: {
    id: { kind: 'exact', column: 'm.id', type: 'integer' },
    partnershipId: { kind: 'exact', column: 'm.partnership_id', type: 'integer' },
    status: { kind: 'exact', column: 'm.status', type: 'string' },
    kind: { kind: 'exact', column: 'm.kind', type: 'string' },
    ownerId: { kind: 'exact', column: 'm.owner_id', type: 'integer' },
    dueOn: { kind: 'range', column: 'm.due_on', type: 'date' },
    completedOn: { kind: 'range', column: 'm.completed_on', type: 'date' },
    overdue: {
      kind: 'custom',
      type: 'boolean',
      // `overdue: false` is the exact complement: undated, not yet due, done or cancelled.
      apply: (qb, value, param) => qb.andWhere(value ? overdue(param) : `NOT ${overdue(param)}`, { [param]: todayInKualaLumpur() }),
    },
  },
};
