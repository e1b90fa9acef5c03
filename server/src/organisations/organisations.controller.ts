import { Body, Controller, Delete, Get, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { OrganisationRecord } from '@klch/shared';
import type { Actor } from '../audit/actor';
import { CurrentActor } from '../auth/actor.decorator';
import { Allow } from '../auth/policy.decorator';
import { IdParam } from '../common/http/id-param';
import { sendList } from '../common/list-query/list-result';
import type { RawListQuery } from '../common/list-query/parse-list-query';
import { CreateOrganisationDto } from './dto/create-organisation.dto';
import { UpdateOrganisationDto } from './dto/update-organisation.dto';
import { OrganisationsService } from './organisations.service';

@ApiTags('organisations')
@ApiCookieAuth()
@ApiBearerAuth()
@Controller('organisations')
export class OrganisationsController {
  constructor(private readonly organisations: OrganisationsService) {}

  @Get()
  @Allow('list', 'organisations')
  async list(@Query() query: RawListQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<OrganisationRecord[]> {
    return sendList(reply, 'organisations', await this.organisations.list(query));
  }

  @Get(':id')
  @Allow('show', 'organisations')
  getOne(@IdParam() id: number): Promise<OrganisationRecord> {
    return this.organisations.getOne(id);
  }

  @Post()
  @Allow('create', 'organisations')
  create(@Body() body: CreateOrganisationDto, @CurrentActor() actor: Actor): Promise<OrganisationRecord> {
    return this.organisations.create(body, actor);
  }

  @Put(':id')
  @Allow('edit', 'organisations')
  update(@IdParam() id: number, @Body() body: UpdateOrganisationDto, @CurrentActor() actor: Actor): Promise<OrganisationRecord> {
    return this.organisations.update(id, body, actor);
  }

  @Delete(':id')
  @Allow('delete', 'organisations')
  remove(@IdParam() id: number, @CurrentActor() actor: Actor): Promise<OrganisationRecord> {
    return this.organisations.remove(id, actor);
  }
}
