import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  ATTENTION_ITEMS_SHOWN,
  canAccess,
  type Role,
  type AttentionGroup,
  type AttentionItem,
  type DashboardRecord,
  type MilestoneRecord,
  type PartnershipRecord,
  type StatusRequestRecord,
} from '@klch/shared';
import type { ListResult } from '../common/list-query/list-result';
import type { RawListQuery } from '../common/list-query/parse-list-query';
import { sqlPlaceholders } from '../database/raw-sql';
import { todayInKualaLumpur } from '../database/timestamps';
import { TransactionRunner } from '../database/transaction-runner';
import { MilestonesService } from '../milestones';
import { PartnershipsService } from '../partnerships';
import { StatusRequestsService } from '../status-requests';
import { attentionRules, type AttentionRule, type DashboardViewer } from './attention-rules';
import { auditTrailStatus } from './audit-trail-status';
import { dashboardCounts } from './dashboard-counts';
import { recentActivity } from './recent-activity';

/**
 * GET /api/dashboard: the counts, and each attention rule read through the getList of the list it
 * links to (its total and first rows), so a card and the list it opens cannot disagree.
 */
@Injectable()
export class DashboardService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly partnerships: PartnershipsService,
    private readonly milestones: MilestonesService,
    private readonly statusRequests: StatusRequestsService,
  ) {}

  async dashboard(user: { id: number; role: Role }, now: Date = new Date()): Promise<DashboardRecord> {
    const today = todayInKualaLumpur(now);
    const readsTrail = canAccess(user.role, 'list', 'audit-events');
    const { counts, everAdmin, activity, auditTrail } = await this.db.read(async (manager) => ({
      counts: await dashboardCounts(manager),
      everAdmin: await everHeldAdmin(manager, user.id),
      activity: await recentActivity(manager),
      auditTrail: readsTrail ? await auditTrailStatus(manager) : undefined,
    }));
    const viewer: DashboardViewer = { ...user, mayDecide: canAccess(user.role, 'approve', 'status-requests') && !everAdmin };
    const attention: AttentionGroup[] = [];
    for (const rule of attentionRules(viewer, today)) attention.push(await this.group(rule));
    return { today, ...counts, attention, recentActivity: activity, ...(auditTrail ? { auditTrail } : {}) };
  }

  private async group(rule: AttentionRule): Promise<AttentionGroup> {
    const { link } = rule;
    const raw: RawListQuery = {
      filter: JSON.stringify(link.filter),
      sort: JSON.stringify([link.sort.field, link.sort.order]),
      range: JSON.stringify([0, ATTENTION_ITEMS_SHOWN - 1]),
    };
    if (link.resource === 'partnerships') {
      const page = await this.partnerships.list(raw);
      const date = (record: PartnershipRecord) =>
        rule.kind === 'review_due'
          ? record.nextReviewOn
          : rule.kind === 'dormant' || rule.kind === 'my_partnerships'
            ? record.updatedAt.slice(0, 10)
            : record.expiresOn;
      return { kind: rule.kind, count: page.total, items: page.rows.map((record) => itemOf(record, record.id, date(record), null)), link };
    }
    if (link.resource === 'milestones') {
      const page = await this.milestones.list(raw);
      return this.attached(rule, page, (milestone: MilestoneRecord) => ({ date: milestone.dueOn, detail: milestone.title }));
    }
    const page = await this.statusRequests.list(raw);
    return this.attached(rule, page, (request: StatusRequestRecord) => ({ date: request.requestedAt, detail: request.toStatus }));
  }

  /** A group of records attached to partnerships (milestones, requests): each shown with its partnership. */
  private async attached<R extends { id: number; partnershipId: number }>(
    rule: AttentionRule,
    page: ListResult<R>,
    about: (record: R) => { date: string | null; detail: string | null },
  ): Promise<AttentionGroup> {
    const ids = [...new Set(page.rows.map((record) => record.partnershipId))];
    const partnerships = ids.length
      ? (await this.partnerships.list({ filter: JSON.stringify({ id: ids }), range: JSON.stringify([0, ids.length - 1]) })).rows
      : [];
    const byId = new Map(partnerships.map((partnership) => [partnership.id, partnership]));
    const items = page.rows.flatMap((record) => {
      const partnership = byId.get(record.partnershipId);
      if (!partnership) return [];
      const { date, detail } = about(record);
      return [itemOf(partnership, record.id, date, detail)];
    });
    return { kind: rule.kind, count: page.total, items, link: rule.link };
  }
}

/** Whether the account ever held the admin role: such an account never decides a request (status-requests.service.ts). */
async function everHeldAdmin(manager: EntityManager, id: number): Promise<boolean> {
  const [row] = (await manager.query(`SELECT ever_admin FROM users WHERE id = ${sqlPlaceholders(manager, 1)[0]}`, [id])) as Array<{
    ever_admin: boolean | number;
  }>;
  return row?.ever_admin === true || row?.ever_admin === 1;
}

function itemOf(partnership: PartnershipRecord, id: number, date: string | null, detail: string | null): AttentionItem {
  return {
    id,
    partnershipId: partnership.id,
    code: partnership.code,
    title: partnership.title,
    titleMs: partnership.titleMs,
    status: partnership.status,
    date,
    detail,
  };
}
