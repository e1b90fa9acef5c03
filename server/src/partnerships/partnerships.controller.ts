import { Body, Controller, Delete, Get, Post, Put, Query, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { PartnershipRecord } from '@klch/shared';
import type { Actor } from '../audit/actor';
import { CurrentActor } from '../auth/actor.decorator';
import { Allow } from '../auth/policy.decorator';
import { IdParam } from '../common/http/id-param';
import { sendList } from '../common/list-query/list-result';
import type { RawListQuery } from '../common/list-query/parse-list-query';
import { CreatePartnershipDto } from './dto/create-partnership.dto';
import { UpdatePartnershipDto } from './dto/update-partnership.dto';
import { PartnershipsService } from './partnerships.service';

@ApiTags('partnerships')
@ApiCookieAuth()
@ApiBearerAuth()
@Controller('partnerships')
export class PartnershipsController {
  constructor(private readonly partnerships: PartnershipsService) {}

  @Get()
  @Allow('list', 'partnerships')
  async list(@Query() query: RawListQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<PartnershipRecord[]> {
    return sendList(reply, 'partnerships', await this.partnerships.list(query));
  }

  @Get(':id')
  @Allow('show', 'partnerships')
  getOne(@IdParam() id: number): Promise<PartnershipRecord> {
    return this.partnerships.getOne(id);
  }

  @Post()
  @Allow('create', 'partnerships')
  create(@Body() body: CreatePartnershipDto, @CurrentActor() actor: Actor): Promise<PartnershipRecord> {
    return this.partnerships.create(body, actor);
  }

  @Put(':id')
  @Allow('edit', 'partnerships')
  update(@IdParam() id: number, @Body() body: UpdatePartnershipDto, @CurrentActor() actor: Actor): Promise<PartnershipRecord> {
    return this.partnerships.update(id, body, actor);
  }

  /** Archives (never erases) and answers the archived record, as react-admin expects of DELETE. */
  @Delete(':id')
  @Allow('delete', 'partnerships')
  archive(@IdParam() id: number, @CurrentActor() actor: Actor): Promise<PartnershipRecord> {
    return this.partnerships.archive(id, actor);
  }
}
