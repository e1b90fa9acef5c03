import {
  type AttentionKind,
  type AttentionLink,
  canAccess,
  DORMANT_MONTHS,
  EXPIRY_WINDOWS,
  LIVE_STATUSES,
  OWNER_ROLES,
  type Role,
} from '@klch/shared';
import { addDays, addMonths } from '../database/timestamps';

/** Who is asking: the rules of "my requests" and "the ones I may decide" need the user. */
export interface DashboardViewer {
  id: number;
  role: Role;
  /** May decide status-change requests: a manager's role, and never an admin (separation of duties, users.ever_admin). */
  mayDecide: boolean;
}

export interface AttentionRule {
  kind: AttentionKind;
  link: AttentionLink;
}

/**
 * The attention list as links to lists: each rule is a filter the list API already takes, so a
 * card's count is the total of the list it opens (the dashboard reads it through the same getList).
 * Dates are Kuala Lumpur's (`today`). Which rules a role gets follows the permission matrix.
 */
export function attentionRules(viewer: DashboardViewer, today: string): AttentionRule[] {
  const byExpiry = { field: 'expiresOn', order: 'ASC' } as const;
  const rules: AttentionRule[] = [
    {
      kind: 'expired_active',
      link: { resource: 'partnerships', filter: { status: 'active', expiresOn_lte: addDays(today, -1) }, sort: byExpiry },
    },
    ...EXPIRY_WINDOWS.map((days): AttentionRule => ({
      kind: `expiring_${days}`,
      link: { resource: 'partnerships', filter: { status: 'active', expiresOn_gte: today, expiresOn_lte: addDays(today, days) }, sort: byExpiry },
    })),
    {
      // Any status: a halted partnership past its review date is the one most easily forgotten.
      kind: 'review_due',
      link: { resource: 'partnerships', filter: { nextReviewOn_lte: today }, sort: { field: 'nextReviewOn', order: 'ASC' } },
    },
    {
      kind: 'milestones_overdue',
      link: { resource: 'milestones', filter: { overdue: true }, sort: { field: 'dueOn', order: 'ASC' } },
    },
    {
      kind: 'dormant',
      link: {
        resource: 'partnerships',
        filter: { status: [...LIVE_STATUSES], inactiveSince: addMonths(today, -DORMANT_MONTHS) },
        sort: { field: 'updatedAt', order: 'ASC' },
      },
    },
  ];
  if (viewer.mayDecide) {
    // The four-eyes rule: a manager decides the requests of others, oldest first.
    rules.push({
      kind: 'pending_approvals',
      link: { resource: 'status-requests', filter: { state: 'pending', notRequestedBy: viewer.id }, sort: { field: 'requestedAt', order: 'ASC' } },
    });
  }
  if (canAccess(viewer.role, 'create', 'status-requests')) {
    rules.push({
      kind: 'my_pending_requests',
      link: { resource: 'status-requests', filter: { state: 'pending', requestedById: viewer.id }, sort: { field: 'requestedAt', order: 'ASC' } },
    });
  }
  if (OWNER_ROLES.includes(viewer.role)) {
    // Not a problem to solve, but where an officer's day starts: the partnerships they own, latest change first.
    rules.push({
      kind: 'my_partnerships',
      link: { resource: 'partnerships', filter: { ownerId: viewer.id }, sort: { field: 'updatedAt', order: 'DESC' } },
    });
  }
  return rules;
}
