import { Body, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { OrganisationRecord } from '@klch/shared';
import { CurrentActor } from '../access/actor.decorator';
import { ResourceController } from '../access/resource-controller.decorator';
import { CreateRoute, DeleteRoute, ListRoute, ShowRoute, UpdateRoute } from '../access/resource-routes.decorator';
import type { Actor } from '../audit/actor';
import { ApiConflict, ApiRuleViolation } from '../common/http/api-errors.decorator';
import { IdParam } from '../common/http/id-param';
import { sendList } from '../common/list-query/list-result';
import type { RawListQuery } from '../common/list-query/parse-list-query';
import { CreateOrganisationDto } from './dto/create-organisation.dto';
import { OrganisationResponse } from './dto/organisation.response';
import { UpdateOrganisationDto } from './dto/update-organisation.dto';
import { ORGANISATION_LIST } from './organisation-query';
import { OrganisationsService } from './organisations.service';

const PARENT_RULES = [
  'parent',
  'The parent does not exist, or would make a loop of parents.',
  'Organisation 999 does not exist.',
  { parentId: 'organisation 999 does not exist' },
] as const;

const COORDINATE_RULES = [
  'coordinates',
  'Only one of latitude and longitude would be saved.',
  'Give both latitude and longitude, or neither: latitude without longitude places the organisation nowhere.',
  { longitude: 'longitude is needed with latitude (or clear both)' },
] as const;

@ResourceController('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @ListRoute(ORGANISATION_LIST, OrganisationResponse, {
    filterExample: { country: 'CN', type: 'city_government' },
    filterNotes: '`q` searches the name, the aliases and the city.',
  })
  async list(@Query() query: RawListQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<OrganisationRecord[]> {
    return sendList(reply, 'organisations', await this.organisations.list(query));
  }

  @ShowRoute('organisations', OrganisationResponse, 'organisation')
  getOne(@IdParam() id: number): Promise<OrganisationRecord> {
    return this.organisations.getOne(id);
  }

  @CreateRoute('organisations', OrganisationResponse, 'organisation', {
    bodyErrors: { name: 'name is required', country: 'country must be a two-letter ISO 3166-1 code such as MY or CN' },
  })
  @ApiRuleViolation(...PARENT_RULES)
  @ApiRuleViolation(...COORDINATE_RULES)
  create(@Body() body: CreateOrganisationDto, @CurrentActor() actor: Actor): Promise<OrganisationRecord> {
    return this.organisations.create(body, actor);
  }

  @UpdateRoute('organisations', OrganisationResponse, 'organisation')
  @ApiRuleViolation(...PARENT_RULES)
  @ApiRuleViolation(...COORDINATE_RULES)
  update(@IdParam() id: number, @Body() body: UpdateOrganisationDto, @CurrentActor() actor: Actor): Promise<OrganisationRecord> {
    return this.organisations.update(id, body, actor);
  }

  @DeleteRoute('organisations', OrganisationResponse, 'organisation', {
    summary: 'Delete an organisation nobody refers to',
    description: 'Erases it. One that is a party to a partnership or the parent of another organisation stays (409).',
    answer: 'The organisation as it was before it was deleted.',
  })
  @ApiConflict(
    'inUse',
    "Other records refer to it (those of the features registered in OrganisationReferences: a partnership's parties), or it is the parent of another organisation.",
    'Zhengzhou City is a party to 1 partnership, so it cannot be deleted: take it out of them first.',
  )
  remove(@IdParam() id: number, @CurrentActor() actor: Actor): Promise<OrganisationRecord> {
    return this.organisations.remove(id, actor);
  }
}
