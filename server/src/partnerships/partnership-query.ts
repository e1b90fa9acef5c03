import { containsPattern, type EntityListSpec, lowerSql } from '../common/list-query/list-spec';
import { PartnershipEntity } from './partnership.entity';

/** Sorting and filtering of GET /api/partnerships. The main query is `partnerships p`, with no joins. */
export const PARTNERSHIP_LIST: EntityListSpec<PartnershipEntity> = {
  resource: 'partnerships',
  entity: PartnershipEntity,
  alias: 'p',
  sortable: {
    id: 'p.id',
    code: 'p.code',
    title: 'p.title',
    status: 'p.status',
    category: 'p.category',
    instrument: 'p.instrument',
    proposedOn: 'p.proposed_on',
    signedOn: 'p.signed_on',
    effectiveFrom: 'p.effective_from',
    expiresOn: 'p.expires_on',
    nextReviewOn: 'p.next_review_on',
    createdAt: 'p.created_at',
    updatedAt: 'p.updated_at',
  },
  defaultSort: { field: 'code', order: 'ASC' },
  tieBreaker: 'p.id',
  filters: {
    id: { kind: 'exact', column: 'p.id', type: 'integer' },
    status: { kind: 'exact', column: 'p.status', type: 'string' },
    category: { kind: 'exact', column: 'p.category', type: 'string' },
    instrument: { kind: 'exact', column: 'p.instrument', type: 'string' },
    ownerId: { kind: 'exact', column: 'p.owner_id', type: 'integer' },
    code: { kind: 'exact', column: 'p.code', type: 'string' },
    proposedOn: { kind: 'range', column: 'p.proposed_on', type: 'date' },
    signedOn: { kind: 'range', column: 'p.signed_on', type: 'date' },
    effectiveFrom: { kind: 'range', column: 'p.effective_from', type: 'date' },
    expiresOn: { kind: 'range', column: 'p.expires_on', type: 'date' },
    nextReviewOn: { kind: 'range', column: 'p.next_review_on', type: 'date' },
    createdAt: { kind: 'range', column: 'p.created_at', type: 'timestamp' },
    updatedAt: { kind: 'range', column: 'p.updated_at', type: 'timestamp' },
    q: {
      kind: 'custom',
      type: 'string',
      // Title (both languages), code, and the names and aliases of every party.
      apply: (qb, value, param) =>
        qb.andWhere(
          `(${lowerSql(qb, 'p.title')} LIKE :${param} ESCAPE '\\' OR ${lowerSql(qb, "COALESCE(p.title_ms, '')")} LIKE :${param} ESCAPE '\\'
            OR ${lowerSql(qb, 'p.code')} LIKE :${param} ESCAPE '\\'
            OR EXISTS (SELECT 1 FROM partnership_parties qp JOIN organisations qo ON qo.id = qp.organisation_id
                       WHERE qp.partnership_id = p.id
                         AND (${lowerSql(qb, 'qo.name')} LIKE :${param} ESCAPE '\\' OR ${lowerSql(qb, 'qo.aliases')} LIKE :${param} ESCAPE '\\')))`,
          { [param]: containsPattern(String(value)) },
        ),
    },
    // Nothing has happened to it since this date: no edit or status change (both move updated_at),
    // no milestone created or changed, no document uploaded. The dashboard's "dormant".
    inactiveSince: {
      kind: 'custom',
      type: 'date',
      apply: (qb, value, param) =>
        qb.andWhere(
          `p.updated_at < :${param}
            AND NOT EXISTS (SELECT 1 FROM milestones im WHERE im.partnership_id = p.id AND im.updated_at >= :${param})
            AND NOT EXISTS (SELECT 1 FROM documents idoc WHERE idoc.partnership_id = p.id AND idoc.uploaded_at >= :${param})`,
          { [param]: value },
        ),
    },
    country: {
      kind: 'custom',
      type: 'string',
      many: true,
      // Partnerships with a party from these countries (ISO 3166-1 alpha-2).
      apply: (qb, value, param) =>
        qb.andWhere(
          `EXISTS (SELECT 1 FROM partnership_parties cp JOIN organisations co ON co.id = cp.organisation_id
                   WHERE cp.partnership_id = p.id AND co.country IN (:...${param}))`,
          { [param]: ([] as unknown[]).concat(value).map((c) => String(c).toUpperCase()) },
        ),
    },
    organisationId: {
      kind: 'custom',
      type: 'integer',
      many: true,
      apply: (qb, value, param) =>
        qb.andWhere(`EXISTS (SELECT 1 FROM partnership_parties op WHERE op.partnership_id = p.id AND op.organisation_id IN (:...${param}))`, {
          [param]: ([] as unknown[]).concat(value),
        }),
    },
    sdgTargets: {
      kind: 'custom',
      type: 'string',
      many: true,
      apply: (qb, value, param) =>
        qb.andWhere(`EXISTS (SELECT 1 FROM partnership_sdg_targets st WHERE st.partnership_id = p.id AND st.target_code IN (:...${param}))`, {
          [param]: ([] as unknown[]).concat(value),
        }),
    },
    archived: {
      kind: 'custom',
      type: 'boolean',
      apply: (qb, value) => qb.andWhere(value ? 'p.archived_at IS NOT NULL' : 'p.archived_at IS NULL'),
    },
    // The list's "Include archived" switch: the current partnerships and the archived ones together.
    // `archived`, when given too, is the narrower question and wins.
    includeArchived: {
      kind: 'custom',
      type: 'boolean',
      apply: (qb, value) => (value ? qb : qb.andWhere('p.archived_at IS NULL')),
    },
  },
};
