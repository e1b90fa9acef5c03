import { Body, Controller, Delete, Get, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { PartnershipRecord } from '@klch/shared';
import type { Actor } from '../audit/actor';
import { CurrentActor } from '../auth/actor.decorator';
import { Allow } from '../auth/policy.decorator';
import { ApiAccessErrors, ApiBodyErrors, ApiIdErrors, ApiRuleViolation, ApiStaleVersion } from '../common/http/api-errors.decorator';
import { ApiList } from '../common/http/api-list.decorator';
import { IdParam } from '../common/http/id-param';
import { TransactionRunner } from '../database/transaction-runner';
import { sendList } from '../common/list-query/list-result';
import type { RawListQuery } from '../common/list-query/parse-list-query';
import { CreatePartnershipDto } from './dto/create-partnership.dto';
import { PartnershipResponse } from './dto/partnership.response';
import { UpdatePartnershipDto } from './dto/update-partnership.dto';
import { parseAsOf, type PartnershipAsOfRecord, readPartnershipAsOf } from './partnership-as-of';
import { PARTNERSHIP_LIST } from './partnership-query';
import { PartnershipsService } from './partnerships.service';
import { VERSION_REQUIRED } from '../common/validation/version-field';

const PARTNERSHIP_RULES = {
  description: 'Against a rule that needs the database or several fields: an unknown organisation or owner, a party twice in one role, dates out of order.',
  message: 'The partnership cannot be saved: organisation 999 does not exist.',
  errors: { 'parties.0.organisationId': 'organisation 999 does not exist' },
};

@ApiTags('partnerships')
@ApiCookieAuth()
@ApiBearerAuth()
@ApiAccessErrors()
@Controller('partnerships')
export class PartnershipsController {
  constructor(
    private readonly partnerships: PartnershipsService,
    private readonly db: TransactionRunner,
  ) {}

  @Get()
  @Allow('list', 'partnerships')
  @ApiOperation({ summary: 'List partnerships (react-admin getList / getMany)' })
  @ApiList(PartnershipResponse, PARTNERSHIP_LIST, {
    filterExample: { status: ['active', 'nominated'], sdgTargets: ['17.16'] },
    filterNotes:
      '`q` searches the titles (both languages), the code and the names and aliases of the parties; `country` matches partnerships with a party from those countries. ' +
      'Archived partnerships are left out unless the filter names `archived` or `id`.',
  })
  async list(@Query() query: RawListQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<PartnershipRecord[]> {
    return sendList(reply, 'partnerships', await this.partnerships.list(query));
  }

  @Get(':id')
  @Allow('show', 'partnerships')
  @ApiOperation({
    summary: 'Read one partnership (archived ones too), or as it stood at a past time',
    description:
      'With `asOf`, the record is rebuilt from the audit trail as it stood at that time and answered with `asOf` added; ' +
      'before its creation the answer is 404 ("did not exist yet").',
  })
  @ApiQuery({ name: 'asOf', required: false, description: 'An ISO time such as 2023-06-30T00:00:00Z, or a date (meaning the end of that day, UTC).' })
  @ApiOkResponse({ type: PartnershipResponse })
  @ApiIdErrors('partnership', 'Partnership 999 does not exist.')
  getOne(@IdParam() id: number, @Query('asOf') asOf?: unknown): Promise<PartnershipRecord | PartnershipAsOfRecord> {
    if (asOf === undefined) return this.partnerships.getOne(id);
    const at = parseAsOf(asOf);
    return this.db.read((manager) => readPartnershipAsOf(manager, id, at));
  }

  @Post()
  @Allow('create', 'partnerships')
  @ApiOperation({ summary: 'Create a partnership', description: 'It starts as a draft and gets its reference code from the server; left out, the owner is you.' })
  @ApiCreatedResponse({ type: PartnershipResponse, description: 'The new partnership.' })
  @ApiBodyErrors({ title: 'title is required', category: `category must be one of: regional_cooperation, international_city, …` })
  @ApiRuleViolation('rules', PARTNERSHIP_RULES.description, PARTNERSHIP_RULES.message, PARTNERSHIP_RULES.errors)
  @ApiRuleViolation('status', 'A status other than "draft".', 'A new partnership starts as "draft"; change its status afterwards with a status-change request.', {
    status: 'must be draft (or left out)',
  })
  create(@Body() body: CreatePartnershipDto, @CurrentActor() actor: Actor): Promise<PartnershipRecord> {
    return this.partnerships.create(body, actor);
  }

  @Put(':id')
  @Allow('edit', 'partnerships')
  @ApiOperation({
    summary: 'Edit a partnership',
    description:
      'The whole record as it was read, with your changes: a field left out stays as it is, null clears it, and the server-owned fields are ignored. ' +
      '`version` must be the one you read.',
  })
  @ApiOkResponse({ type: PartnershipResponse, description: 'The partnership as saved, with its new version.' })
  @ApiIdErrors('partnership', 'Partnership 999 does not exist.')
  @ApiBodyErrors({ version: VERSION_REQUIRED })
  @ApiStaleVersion('partnership')
  @ApiRuleViolation('rules', PARTNERSHIP_RULES.description, PARTNERSHIP_RULES.message, PARTNERSHIP_RULES.errors)
  @ApiRuleViolation('status', 'A different status: it changes only through a status-change request.', 'The status cannot be edited directly: ask for a status change, which a manager approves.', {
    status: 'changes only through a status-change request',
  })
  @ApiRuleViolation('archived', 'The partnership is archived.', 'This partnership is archived and can no longer be edited.')
  update(@IdParam() id: number, @Body() body: UpdatePartnershipDto, @CurrentActor() actor: Actor): Promise<PartnershipRecord> {
    return this.partnerships.update(id, body, actor);
  }

  /** Archives (never erases) and answers the archived record, as react-admin expects of DELETE. */
  @Delete(':id')
  @Allow('delete', 'partnerships')
  @ApiOperation({ summary: 'Archive a partnership', description: 'Never erases: the partnership is archived, leaves the lists, and can still be read by id.' })
  @ApiOkResponse({ type: PartnershipResponse, description: 'The archived partnership (`archivedAt` set).' })
  @ApiIdErrors('partnership', 'Partnership 999 does not exist.')
  @ApiRuleViolation('archived', 'The partnership is archived already.', 'This partnership is already archived.')
  archive(@IdParam() id: number, @CurrentActor() actor: Actor): Promise<PartnershipRecord> {
    return this.partnerships.archive(id, actor);
  }
}
