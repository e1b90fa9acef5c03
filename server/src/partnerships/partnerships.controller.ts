import { Body, Get, Query, Res } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiQuery, getSchemaPath } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { OwnerChoiceRecord, PartnershipAsOfRecord, PartnershipRecord, StatusHistoryRecord } from '@klch/shared';
import { CurrentActor } from '../access/actor.decorator';
import { Allow } from '../access/policy.decorator';
import { ResourceController } from '../access/resource-controller.decorator';
import { CreateRoute, DeleteRoute, ListRoute, ShowRoute, UpdateRoute } from '../access/resource-routes.decorator';
import type { Actor } from '../audit/actor';
import { ApiBadRequest, ApiIdErrors, ApiRuleViolation, ApiStaleVersion } from '../common/http/api-errors.decorator';
import { IdParam } from '../common/http/id-param';
import { sendList } from '../common/list-query/list-result';
import type { RawListQuery } from '../common/list-query/parse-list-query';
import { CreatePartnershipDto } from './dto/create-partnership.dto';
import { OwnerChoiceResponse } from './dto/owner-choice.response';
import { PartnershipAsOfResponse, PartnershipResponse } from './dto/partnership.response';
import { StatusHistoryResponse } from './dto/status-history.response';
import { UpdatePartnershipDto } from './dto/update-partnership.dto';
import { PARTNERSHIP_LIST } from './partnership-query';
import { PartnershipsService } from './partnerships.service';

const RULES = [
  'rules',
  'Against a rule that needs the database or several fields: an unknown organisation or owner, a party twice in one role, dates out of order.',
  'The partnership cannot be saved: organisation 999 does not exist.',
  { 'parties.0.organisationId': 'organisation 999 does not exist' },
] as const;

@ResourceController('partnerships')
export class PartnershipsController {
  constructor(private readonly partnerships: PartnershipsService) {}

  @ListRoute(PARTNERSHIP_LIST, PartnershipResponse, {
    filterExample: { status: ['active', 'nominated'], sdgTargets: ['17.16'] },
    filterNotes:
      '`q` searches the titles (both languages), the code and the names and aliases of the parties; `country` matches partnerships with a party from those countries. ' +
      'Archived partnerships are left out unless the filter names `archived` (only them, or only the current ones) or `id`; ' +
      '`includeArchived: true` lists the current and the archived ones together.',
  })
  async list(@Query() query: RawListQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<PartnershipRecord[]> {
    return sendList(reply, 'partnerships', await this.partnerships.list(query));
  }

  @Get('owner-choices')
  @Allow('edit', 'partnerships')
  @ApiOperation({
    summary: 'Whom a partnership may be given to: every active officer and manager, by name',
    description:
      "The owning officer field's choices (`ownerId` accepts these and no one else). Officers may not list users; this answers only id, name and role.",
  })
  @ApiOkResponse({ type: [OwnerChoiceResponse] })
  ownerChoices(): Promise<OwnerChoiceRecord[]> {
    return this.partnerships.ownerChoices();
  }

  // Above ShowRoute, so this 200 (either record) is the one documented.
  @ApiOkResponse({
    description: 'The partnership; with `asOf`, as it stood then (`asOf` added).',
    schema: { oneOf: [{ $ref: getSchemaPath(PartnershipResponse) }, { $ref: getSchemaPath(PartnershipAsOfResponse) }] },
  })
  @ShowRoute('partnerships', PartnershipResponse, 'partnership', {
    summary: 'Read one partnership (archived ones too), or as it stood at a past time',
    description:
      'With `asOf`, the record is rebuilt from the audit trail as it stood at that time and answered with `asOf` added ' +
      '(`PartnershipAsOfResponse`); before its creation the answer is 404 ("did not exist yet").',
  })
  @ApiExtraModels(PartnershipResponse, PartnershipAsOfResponse)
  @ApiQuery({ name: 'asOf', required: false, description: 'An ISO time such as 2023-06-30T00:00:00Z, or a date (meaning the end of that day, UTC).' })
  @ApiBadRequest(
    'asOf',
    '`asOf` is not a time or a date.',
    '"asOf" needs a time like 2023-06-30T00:00:00Z (or a date like 2023-06-30, meaning the end of that day, UTC).',
  )
  getOne(@IdParam() id: number, @Query('asOf') asOf?: unknown): Promise<PartnershipRecord | PartnershipAsOfRecord> {
    return asOf === undefined ? this.partnerships.getOne(id) : this.partnerships.getAsOf(id, asOf);
  }

  @Get(':id/status-history')
  @Allow('show', 'partnerships')
  @ApiOperation({ summary: 'Every applied status change of a partnership, oldest first: who requested, who decided, when, why.' })
  @ApiOkResponse({ type: [StatusHistoryResponse] })
  @ApiIdErrors('partnership', 'Partnership 999 does not exist.')
  statusHistory(@IdParam() id: number): Promise<StatusHistoryRecord[]> {
    return this.partnerships.statusHistory(id);
  }

  @CreateRoute('partnerships', PartnershipResponse, 'partnership', {
    description: 'It starts as a draft and gets its reference code from the server; left out, the owner is you.',
    bodyErrors: { title: 'title is required', category: 'category must be one of: regional_cooperation, international_city, …' },
  })
  @ApiRuleViolation(...RULES)
  @ApiRuleViolation(
    'status',
    'A status other than "draft".',
    'A new partnership starts as "draft"; change its status afterwards with a status-change request.',
    {
      status: 'must be draft (or left out)',
    },
  )
  create(@Body() body: CreatePartnershipDto, @CurrentActor() actor: Actor): Promise<PartnershipRecord> {
    return this.partnerships.create(body, actor);
  }

  @UpdateRoute('partnerships', PartnershipResponse, 'partnership')
  @ApiRuleViolation(...RULES)
  @ApiRuleViolation(
    'status',
    'A different status: it changes only through a status-change request.',
    'The status cannot be edited directly: ask for a status change, which a manager approves.',
    {
      status: 'changes only through a status-change request',
    },
  )
  @ApiRuleViolation('archived', 'The partnership is archived.', 'This partnership is archived and can no longer be edited.')
  update(@IdParam() id: number, @Body() body: UpdatePartnershipDto, @CurrentActor() actor: Actor): Promise<PartnershipRecord> {
    return this.partnerships.update(id, body, actor);
  }

  /** Archives (never erases) and answers the archived record, as react-admin expects of DELETE. */
  @DeleteRoute('partnerships', PartnershipResponse, 'partnership', {
    summary: 'Archive a partnership',
    description: 'Never erases: the partnership is archived, leaves the lists, and can still be read by id.',
    answer: 'The archived partnership (`archivedAt` set).',
  })
  @ApiRuleViolation('archived', 'The partnership is archived already.', 'This partnership is already archived.')
  @ApiStaleVersion('partnership', 'Here: someone saved it in the moment it was being archived, so it was not archived.')
  archive(@IdParam() id: number, @CurrentActor() actor: Actor): Promise<PartnershipRecord> {
    return this.partnerships.archive(id, actor);
  }
}
