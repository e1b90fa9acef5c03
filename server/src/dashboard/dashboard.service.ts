import { Injectable } from '@nestjs/common';
import {
  ATTENTION_ITEMS_SHOWN,
  type AttentionGroup,
  type AttentionItem,
  type DashboardRecord,
  type MilestoneRecord,
  type PartnershipRecord,
  type StatusRequestRecord,
} from '@klch/shared';
import type { ListResult } from '../common/list-query/list-result';
import type { RawListQuery } from '../common/list-query/parse-list-query';
import { todayInKualaLumpur } from '../database/timestamps';
import { TransactionRunner } from '../database/transaction-runner';
import { MilestonesService } from '../milestones';
import { PartnershipsService } from '../partnerships';
import { StatusRequestsService } from '../status-requests';
import { attentionRules, type AttentionRule, type DashboardViewer } from './attention-rules';
import { dashboardCounts } from './dashboard-counts';

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

  async dashboard(viewer: DashboardViewer, now: Date = new Date()): Promise<DashboardRecord> {
    const today = todayInKualaLumpur(now);
    const counts = await this.db.read((manager) => dashboardCounts(manager));
    const attention: AttentionGroup[] = [];
    for (const rule of attentionRules(viewer, today)) attention.push(await this.group(rule));
    return { today, ...counts, attention };
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
        rule.kind === 'review_due' ? record.nextReviewOn : rule.kind === 'dormant' ? record.updatedAt.slice(0, 10) : record.expiresOn;
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
