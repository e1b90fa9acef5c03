import { applyDecorators, Body, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { StatusRequestRecord } from '@klch/shared';
import { CurrentActor } from '../access/actor.decorator';
import { Allow } from '../access/policy.decorator';
import { ResourceController } from '../access/resource-controller.decorator';
import { CreateRoute, ListRoute, ShowRoute } from '../access/resource-routes.decorator';
import type { Actor } from '../audit/actor';
import { ApiBodyErrors, ApiConflict, ApiIdErrors, ApiRecordRefusal, ApiRuleViolation } from '../common/http/api-errors.decorator';
import { IdParam } from '../common/http/id-param';
import { sendList } from '../common/list-query/list-result';
import type { RawListQuery } from '../common/list-query/parse-list-query';
import { CreateStatusRequestDto } from './dto/create-status-request.dto';
import { ApproveStatusRequestDto, RejectStatusRequestDto } from './dto/decision.dto';
import { StatusRequestResponse } from './dto/status-request.response';
import { STATUS_REQUEST_LIST } from './status-request-query';
import { StatusRequestsService } from './status-requests.service';

const LABEL = 'status-change request';
const decided = (state: string) => `This request was already ${state} by Demo Manager at 2025-06-30 08:15 UTC: a decision is final.`;
const FOUR_EYES = 'You made this request yourself, so you cannot approve or reject it: another manager must decide it (four-eyes rule).';

/** A decision or a withdrawal: POST /status-requests/:id/<verb>, answering the request as it now is. */
const ClosingRoute = (verb: 'approve' | 'reject' | 'withdraw', summary: string, conflict: string, example: string) =>
  applyDecorators(
    Post(`:id/${verb}`),
    HttpCode(200),
    Allow(verb === 'withdraw' ? 'delete' : 'approve', 'status-requests'),
    ApiOperation({ summary }),
    ApiOkResponse({ type: StatusRequestResponse, description: 'The request as it now is.' }),
    ApiIdErrors(LABEL, 'Status-change request 999 does not exist.'),
    ApiConflict('decided', conflict, example),
  );

@ResourceController('status-requests')
export class StatusRequestsController {
  constructor(private readonly requests: StatusRequestsService) {}

  @ListRoute(STATUS_REQUEST_LIST, StatusRequestResponse, {
    summary: 'Status-change requests; the approval queue is filter={"state":"pending"}, oldest first by default.',
    filterExample: { state: 'pending' },
  })
  async list(@Query() query: RawListQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<StatusRequestRecord[]> {
    return sendList(reply, 'status-requests', await this.requests.list(query));
  }

  @ShowRoute('status-requests', StatusRequestResponse, LABEL)
  getOne(@IdParam() id: number): Promise<StatusRequestRecord> {
    return this.requests.getOne(id);
  }

  @CreateRoute('status-requests', StatusRequestResponse, LABEL, {
    summary: 'Ask for a status change; the partnership is unchanged until a manager other than you approves it.',
    bodyErrors: { toStatus: 'toStatus must be one of: draft, proposed, …' },
  })
  @ApiRuleViolation(
    'transition',
    'The target is not allowed from the current status.',
    'A partnership cannot go from halted to completed. From halted a partnership can go to: active, terminated.',
    {
      toStatus: 'must be one of: active, terminated',
    },
  )
  @ApiRuleViolation(
    'requirements',
    'The target needs more: halted a reason and nextReviewOn, active signedOn, terminated or cancelled a reason.',
    'A change to halted needs a reason and a next review date (nextReviewOn).',
    {
      reason: 'a reason is required for a change to halted',
    },
  )
  @ApiRuleViolation('partnership', 'The partnership does not exist or is archived.', 'Partnership 999 does not exist.', {
    partnershipId: 'no such partnership',
  })
  @ApiConflict(
    'pending',
    'The partnership already has a pending request.',
    'This partnership already has a pending status-change request: wait for its decision, or withdraw it first (request 7: to halted, by Demo Officer at 2025-06-30 08:15 UTC).',
  )
  create(@Body() body: CreateStatusRequestDto, @CurrentActor() actor: Actor): Promise<StatusRequestRecord> {
    return this.requests.create(body, actor);
  }

  @ClosingRoute(
    'approve',
    'Approve (four-eyes: never your own request); applies the status, its history and audit events at once.',
    'Already decided or withdrawn (a decision is final), or the partnership changed since the request (stale: review it again).',
    decided('approved'),
  )
  @ApiRecordRefusal('fourEyes', 'Your own request: another manager decides it (four-eyes rule).', FOUR_EYES)
  approve(@IdParam() id: number, @Body() body: ApproveStatusRequestDto, @CurrentActor() actor: Actor): Promise<StatusRequestRecord> {
    return this.requests.approve(id, body.comment ?? null, actor);
  }

  @ClosingRoute(
    'reject',
    'Reject with a comment (four-eyes: never your own request); the partnership stays as it is.',
    'Already decided or withdrawn: a decision is final.',
    decided('rejected'),
  )
  @ApiRecordRefusal('fourEyes', 'Your own request: another manager decides it (four-eyes rule).', FOUR_EYES)
  @ApiBodyErrors({ comment: 'comment is required' })
  reject(@IdParam() id: number, @Body() body: RejectStatusRequestDto, @CurrentActor() actor: Actor): Promise<StatusRequestRecord> {
    return this.requests.reject(id, body.comment, actor);
  }

  @ClosingRoute('withdraw', 'Withdraw your own pending request.', 'No longer pending.', decided('approved'))
  @ApiRecordRefusal(
    'notRequester',
    "Someone else's request: only its requester withdraws it.",
    'Only the person who made this request (Demo Officer) can withdraw it.',
  )
  withdraw(@IdParam() id: number, @CurrentActor() actor: Actor): Promise<StatusRequestRecord> {
    return this.requests.withdraw(id, actor);
  }
}
