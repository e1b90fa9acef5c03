import { Body, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { MilestoneRecord } from '@klch/shared';
import { CurrentActor } from '../access/actor.decorator';
import { ResourceController } from '../access/resource-controller.decorator';
import { CreateRoute, DeleteRoute, ListRoute, ShowRoute, UpdateRoute } from '../access/resource-routes.decorator';
import type { Actor } from '../audit/actor';
import { ApiRuleViolation } from '../common/http/api-errors.decorator';
import { IdParam } from '../common/http/id-param';
import { sendList } from '../common/list-query/list-result';
import type { RawListQuery } from '../common/list-query/parse-list-query';
import { CreateMilestoneDto } from './dto/create-milestone.dto';
import { MilestoneResponse } from './dto/milestone.response';
import { UpdateMilestoneDto } from './dto/update-milestone.dto';
import { MILESTONE_LIST } from './milestone-query';
import { MilestonesService } from './milestones.service';

const PARTNERSHIP_OPEN = [
  'partnership',
  'The partnership does not exist or is archived (its milestones are read-only then).',
  'Partnership KLCH-IR-2021-002 is archived: its milestones can no longer be changed.',
  { partnershipId: 'this partnership is archived' },
] as const;
const OWNER = [
  'owner',
  'The owner is not an active officer or manager.',
  'The owner must be an active officer or manager.',
  { ownerId: 'the owner must be an active officer or manager' },
] as const;

@ResourceController('milestones')
export class MilestonesController {
  constructor(private readonly milestones: MilestonesService) {}

  @ListRoute(MILESTONE_LIST, MilestoneResponse, {
    summary: 'List milestones, by due date (undated last)',
    filterExample: { partnershipId: 5, overdue: true },
    filterNotes:
      "A partnership's: `partnershipId`. `overdue: true`: due before today (UTC), neither done nor cancelled; `false` is the exact complement.",
  })
  async list(@Query() query: RawListQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<MilestoneRecord[]> {
    return sendList(reply, 'milestones', await this.milestones.list(query));
  }

  @ShowRoute('milestones', MilestoneResponse, 'milestone')
  getOne(@IdParam() id: number): Promise<MilestoneRecord> {
    return this.milestones.getOne(id);
  }

  @CreateRoute('milestones', MilestoneResponse, 'milestone', {
    summary: 'Add a milestone to a partnership that is not archived; status defaults to planned',
    description: 'Left out, the owner is you.',
    bodyErrors: { title: 'title is required', kind: 'kind must be one of: signing, visit, …' },
  })
  @ApiRuleViolation(...PARTNERSHIP_OPEN)
  @ApiRuleViolation(...OWNER)
  create(@Body() body: CreateMilestoneDto, @CurrentActor() actor: Actor): Promise<MilestoneRecord> {
    return this.milestones.create(body, actor);
  }

  @UpdateRoute('milestones', MilestoneResponse, 'milestone', { description: 'Setting status done records who completed it and when.' })
  @ApiRuleViolation(...PARTNERSHIP_OPEN)
  @ApiRuleViolation(...OWNER)
  @ApiRuleViolation(
    'moved',
    'A different partnershipId: a milestone never moves.',
    'A milestone cannot move to another partnership: add it there and cancel this one.',
    { partnershipId: 'cannot be changed' },
  )
  update(@IdParam() id: number, @Body() body: UpdateMilestoneDto, @CurrentActor() actor: Actor): Promise<MilestoneRecord> {
    return this.milestones.update(id, body, actor);
  }

  @DeleteRoute('milestones', MilestoneResponse, 'milestone', {
    summary: 'Delete a milestone',
    description:
      'Managers only: erases it, and the audit trail keeps its last state. An officer ends a milestone by setting its status to `cancelled` instead.',
    answer: 'The milestone as it was before it was deleted.',
  })
  @ApiRuleViolation(...PARTNERSHIP_OPEN)
  remove(@IdParam() id: number, @CurrentActor() actor: Actor): Promise<MilestoneRecord> {
    return this.milestones.remove(id, actor);
  }
}
