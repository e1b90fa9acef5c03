import { Body, Controller, Delete, Get, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { UserRecord } from '@klch/shared';
import type { Actor } from '../audit/actor';
import { CurrentActor } from '../auth/actor.decorator';
import { Allow } from '../auth/policy.decorator';
import { IdParam } from '../common/http/id-param';
import { sendList } from '../common/list-query/list-result';
import type { RawListQuery } from '../common/list-query/parse-list-query';
import { CreateUserDto } from './dto/create-user.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiCookieAuth()
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Allow('list', 'users')
  async list(@Query() query: RawListQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<UserRecord[]> {
    return sendList(reply, 'users', await this.users.list(query));
  }

  @Get(':id')
  @Allow('show', 'users')
  getOne(@IdParam() id: number): Promise<UserRecord> {
    return this.users.getOne(id);
  }

  @Post()
  @Allow('create', 'users')
  create(@Body() body: CreateUserDto, @CurrentActor() actor: Actor): Promise<UserRecord> {
    return this.users.create(body, actor);
  }

  @Put(':id')
  @Allow('edit', 'users')
  update(@IdParam() id: number, @Body() body: UpdateUserDto, @CurrentActor() actor: Actor): Promise<UserRecord> {
    return this.users.update(id, body, actor);
  }

  /** Deactivates the account (its sessions end at once) and answers the deactivated record. */
  @Delete(':id')
  @Allow('delete', 'users')
  deactivate(@IdParam() id: number, @CurrentActor() actor: Actor): Promise<UserRecord> {
    return this.users.deactivate(id, actor);
  }
}
