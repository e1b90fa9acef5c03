import { Body, Controller, Delete, Get, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { OrganisationRecord } from '@klch/shared';
import type { Actor } from '../audit/actor';
import { CurrentActor } from '../auth/actor.decorator';
import { Allow } from '../auth/policy.decorator';
import { ApiAccessErrors, ApiBodyErrors, ApiConflict, ApiIdErrors, ApiRuleViolation, ApiStaleVersion } from '../common/http/api-errors.decorator';
import { ApiList } from '../common/http/api-list.decorator';
import { IdParam } from '../common/http/id-param';
import { sendList } from '../common/list-query/list-result';
import type { RawListQuery } from '../common/list-query/parse-list-query';
import { CreateOrganisationDto } from './dto/create-organisation.dto';
import { OrganisationResponse } from './dto/organisation.response';
import { UpdateOrganisationDto } from './dto/update-organisation.dto';
import { ORGANISATION_LIST } from './organisation-query';
import { OrganisationsService } from './organisations.service';
import { VERSION_REQUIRED } from '../common/validation/version-field';

const PARENT_RULES = {
  description: 'The parent does not exist, or would make a loop of parents.',
  message: 'Organisation 999 does not exist.',
  errors: { parentId: 'organisation 999 does not exist' },
};

@ApiTags('organisations')
@ApiCookieAuth()
@ApiBearerAuth()
@ApiAccessErrors()
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  @Allow('list', 'organisations')
  @ApiOperation({ summary: 'List organisations (react-admin getList / getMany)' })
  @ApiList(OrganisationResponse, ORGANISATION_LIST, {
    filterExample: { country: 'CN', type: 'city_government' },
    filterNotes: '`q` searches the name, the aliases and the city.',
  })
  async list(@Query() query: RawListQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<OrganisationRecord[]> {
    return sendList(reply, 'organisations', await this.organisations.list(query));
  }

  @Get(':id')
  @Allow('show', 'organisations')
  @ApiOperation({ summary: 'Read one organisation' })
  @ApiOkResponse({ type: OrganisationResponse })
  @ApiIdErrors('organisation', 'Organisation 999 does not exist.')
  getOne(@IdParam() id: number): Promise<OrganisationRecord> {
    return this.organisations.getOne(id);
  }

  @Post()
  @Allow('create', 'organisations')
  @ApiOperation({ summary: 'Create an organisation' })
  @ApiCreatedResponse({ type: OrganisationResponse, description: 'The new organisation.' })
  @ApiBodyErrors({ name: 'name is required', country: 'country must be a two-letter ISO 3166-1 code such as MY or CN' })
  @ApiRuleViolation('parent', PARENT_RULES.description, PARENT_RULES.message, PARENT_RULES.errors)
  create(@Body() body: CreateOrganisationDto, @CurrentActor() actor: Actor): Promise<OrganisationRecord> {
    return this.organisations.create(body, actor);
  }

  @Put(':id')
  @Allow('edit', 'organisations')
  @ApiOperation({
    summary: 'Edit an organisation',
    description:
      'The whole record as it was read, with your changes: a field left out stays as it is, null clears it, and the server-owned fields are ignored. ' +
      '`version` must be the one you read.',
  })
  @ApiOkResponse({ type: OrganisationResponse, description: 'The organisation as saved, with its new version.' })
  @ApiIdErrors('organisation', 'Organisation 999 does not exist.')
  @ApiBodyErrors({ version: VERSION_REQUIRED })
  @ApiStaleVersion('organisation')
  @ApiRuleViolation('parent', PARENT_RULES.description, PARENT_RULES.message, PARENT_RULES.errors)
  update(@IdParam() id: number, @Body() body: UpdateOrganisationDto, @CurrentActor() actor: Actor): Promise<OrganisationRecord> {
    return this.organisations.update(id, body, actor);
  }

  @Delete(':id')
  @Allow('delete', 'organisations')
  @ApiOperation({ summary: 'Delete an organisation nobody refers to', description: 'Erases it. One that is a party to a partnership or the parent of another organisation stays (409).' })
  @ApiOkResponse({ type: OrganisationResponse, description: 'The organisation as it was before it was deleted.' })
  @ApiIdErrors('organisation', 'Organisation 999 does not exist.')
  @ApiConflict('inUse', 'It is a party to a partnership, or the parent of another organisation.', 'Zhengzhou City is a party to 1 partnership and cannot be deleted. Remove it from them first.')
  remove(@IdParam() id: number, @CurrentActor() actor: Actor): Promise<OrganisationRecord> {
    return this.organisations.remove(id, actor);
  }
}
