import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { StatusRequestRecord } from '@klch/shared';
import type { Actor } from '../audit/actor';
import { CurrentActor } from '../auth/actor.decorator';
import { Allow } from '../auth/policy.decorator';
import { ApiAccessErrors, ApiBodyErrors, ApiConflict, ApiIdErrors, ApiRuleViolation } from '../common/http/api-errors.decorator';
import { IdParam } from '../common/http/id-param';
import { sendList } from '../common/list-query/list-result';
import type { RawListQuery } from '../common/list-query/parse-list-query';
import { CreateStatusRequestDto } from './dto/create-status-request.dto';
import { ApproveStatusRequestDto, RejectStatusRequestDto } from './dto/decision.dto';
import { StatusRequestsService } from './status-requests.service';

@ApiTags('status-requests')
@ApiCookieAuth()
@ApiBearerAuth()
@ApiAccessErrors()
@Controller('status-requests')
export class StatusRequestsController {
  constructor(private readonly requests: StatusRequestsService) {}

  @Get()
  @Allow('list', 'status-requests')
  @ApiOperation({ summary: 'Status-change requests; the approval queue is filter={"state":"pending"}, oldest first by default.' })
  async list(@Query() query: RawListQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<StatusRequestRecord[]> {
    return sendList(reply, 'status-requests', await this.requests.list(query));
  }

  @Get(':id')
  @Allow('show', 'status-requests')
  @ApiIdErrors('status-change request', 'Status-change request 999 does not exist.')
  getOne(@IdParam() id: number): Promise<StatusRequestRecord> {
    return this.requests.getOne(id);
  }

  @Post()
  @Allow('create', 'status-requests')
  @ApiOperation({ summary: 'Ask for a status change; the partnership is unchanged until a manager other than you approves it.' })
  @ApiBodyErrors({ toStatus: 'toStatus must be one of: draft, proposed, …' })
  @ApiRuleViolation('transition', 'The target is not allowed from the current status.', 'A partnership cannot go from halted to completed. From halted a partnership can go to: active, terminated.', {
    toStatus: 'must be one of: active, terminated',
  })
  @ApiRuleViolation('requirements', 'The target needs more: halted a reason and nextReviewOn, active signedOn, terminated or cancelled a reason.', 'A change to halted needs a reason and a next review date (nextReviewOn).', {
    reason: 'a reason is required for a change to halted',
  })
  @ApiRuleViolation('partnership', 'The partnership does not exist or is archived.', 'Partnership 999 does not exist.', { partnershipId: 'no such partnership' })
  @ApiConflict('pending', 'The partnership already has a pending request.', 'This partnership already has a pending status-change request: wait for its decision, or withdraw it first (request 7: to halted, by Demo Officer at 2025-06-30 08:15 UTC).')
  create(@Body() body: CreateStatusRequestDto, @CurrentActor() actor: Actor): Promise<StatusRequestRecord> {
    return this.requests.create(body, actor);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Allow('approve', 'status-requests')
  @ApiOperation({ summary: 'Approve (four-eyes: never your own request); applies the status, its history and audit events at once.' })
  @ApiIdErrors('status-change request', 'Status-change request 999 does not exist.')
  @ApiConflict('decided', 'Already decided or withdrawn (a decision is final), or the partnership changed since the request (stale: review it again).', 'This request was already approved by Demo Manager at 2025-06-30 08:15 UTC: a decision is final.')
  approve(@IdParam() id: number, @Body() body: ApproveStatusRequestDto, @CurrentActor() actor: Actor): Promise<StatusRequestRecord> {
    return this.requests.approve(id, body.comment ?? null, actor);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Allow('approve', 'status-requests')
  @ApiOperation({ summary: 'Reject with a comment (four-eyes: never your own request); the partnership stays as it is.' })
  @ApiIdErrors('status-change request', 'Status-change request 999 does not exist.')
  @ApiBodyErrors({ comment: 'comment is required' })
  @ApiConflict('decided', 'Already decided or withdrawn: a decision is final.', 'This request was already rejected by Demo Manager at 2025-06-30 08:15 UTC: a decision is final.')
  reject(@IdParam() id: number, @Body() body: RejectStatusRequestDto, @CurrentActor() actor: Actor): Promise<StatusRequestRecord> {
    return this.requests.reject(id, body.comment, actor);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  @Allow('delete', 'status-requests')
  @ApiOperation({ summary: 'Withdraw your own pending request.' })
  @ApiIdErrors('status-change request', 'Status-change request 999 does not exist.')
  @ApiConflict('decided', 'No longer pending.', 'This request was already approved by Demo Manager at 2025-06-30 08:15 UTC: a decision is final.')
  withdraw(@IdParam() id: number, @CurrentActor() actor: Actor): Promise<StatusRequestRecord> {
    return this.requests.withdraw(id, actor);
  }
}
