import { Body, Controller, Delete, Get, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { MilestoneRecord } from '@klch/shared';
import type { Actor } from '../audit/actor';
import { CurrentActor } from '../auth/actor.decorator';
import { Allow } from '../auth/policy.decorator';
import { IdParam } from '../common/http/id-param';
import { sendList } from '../common/list-query/list-result';
import type { RawListQuery } from '../common/list-query/parse-list-query';
import { CreateMilestoneDto } from './dto/create-milestone.dto';
import { UpdateMilestoneDto } from './dto/update-milestone.dto';
import { MilestonesService } from './milestones.service';

@ApiTags('milestones')
@ApiCookieAuth()
@ApiBearerAuth()
@Controller('milestones')
export class MilestonesController {
  constructor(private readonly milestones: MilestonesService) {}

  @Get()
  @Allow('list', 'milestones')
  @ApiOperation({
    summary:
      'Milestones, by due date (undated last). A partnership\'s: filter={"partnershipId":5}. Overdue ones: filter={"overdue":true} ' +
      '(due before today, UTC, and neither done nor cancelled).',
  })
  async list(@Query() query: RawListQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<MilestoneRecord[]> {
    return sendList(reply, 'milestones', await this.milestones.list(query));
  }

  @Get(':id')
  @Allow('show', 'milestones')
  getOne(@IdParam() id: number): Promise<MilestoneRecord> {
    return this.milestones.getOne(id);
  }

  @Post()
  @Allow('create', 'milestones')
  @ApiOperation({ summary: 'Add a milestone to a partnership that is not archived; status defaults to planned.' })
  create(@Body() body: CreateMilestoneDto, @CurrentActor() actor: Actor): Promise<MilestoneRecord> {
    return this.milestones.create(body, actor);
  }

  @Put(':id')
  @Allow('edit', 'milestones')
  @ApiOperation({ summary: 'Update with the version you read (409 if stale). Setting status done records who completed it and when.' })
  update(@IdParam() id: number, @Body() body: UpdateMilestoneDto, @CurrentActor() actor: Actor): Promise<MilestoneRecord> {
    return this.milestones.update(id, body, actor);
  }

  @Delete(':id')
  @Allow('delete', 'milestones')
  @ApiOperation({ summary: 'Delete the milestone and answer it; the audit trail keeps its last state.' })
  remove(@IdParam() id: number, @CurrentActor() actor: Actor): Promise<MilestoneRecord> {
    return this.milestones.remove(id, actor);
  }
}
