import { Body, Controller, Delete, Get, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { UserRecord } from '@klch/shared';
import type { Actor } from '../audit/actor';
import { CurrentActor } from '../auth/actor.decorator';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../auth/passwords';
import { Allow } from '../auth/policy.decorator';
import { ApiAccessErrors, ApiBodyErrors, ApiConflict, ApiIdErrors, ApiStaleVersion } from '../common/http/api-errors.decorator';
import { ApiList } from '../common/http/api-list.decorator';
import { IdParam } from '../common/http/id-param';
import { sendList } from '../common/list-query/list-result';
import type { RawListQuery } from '../common/list-query/parse-list-query';
import { CreateUserDto } from './dto/create-user.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { UserResponse } from './dto/user.response';
import { USER_LIST } from './user-query';
import { UsersService } from './users.service';
import { VERSION_REQUIRED } from '../common/validation/version-field';

const LAST_ADMIN = 'This is the last active admin account: create or promote another admin first.';

@ApiTags('users')
@ApiCookieAuth()
@ApiBearerAuth()
@ApiAccessErrors()
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Allow('list', 'users')
  @ApiOperation({ summary: 'List user accounts (react-admin getList / getMany)' })
  @ApiList(UserResponse, USER_LIST, { filterExample: { role: 'manager', active: true }, filterNotes: '`q` searches the username, the full name and the email.' })
  async list(@Query() query: RawListQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<UserRecord[]> {
    return sendList(reply, 'users', await this.users.list(query));
  }

  @Get(':id')
  @Allow('show', 'users')
  @ApiOperation({ summary: 'Read one user account' })
  @ApiOkResponse({ type: UserResponse })
  @ApiIdErrors('user', 'User 999 does not exist.')
  getOne(@IdParam() id: number): Promise<UserRecord> {
    return this.users.getOne(id);
  }

  @Post()
  @Allow('create', 'users')
  @ApiOperation({ summary: 'Create a user account' })
  @ApiCreatedResponse({ type: UserResponse, description: 'The new account (never its password).' })
  @ApiBodyErrors({ username: 'username must be 2 to 64 letters, digits, dots, dashes or underscores', password: `password must be ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters` })
  @ApiConflict('usernameTaken', 'The username is taken.', 'The username "officer" is taken.', { username: 'is taken' })
  create(@Body() body: CreateUserDto, @CurrentActor() actor: Actor): Promise<UserRecord> {
    return this.users.create(body, actor);
  }

  @Put(':id')
  @Allow('edit', 'users')
  @ApiOperation({
    summary: 'Edit a user account',
    description:
      'The whole record as it was read, with your changes; the username never changes. A new password, role or `active: false` ends the account\'s sessions. ' +
      '`version` must be the one you read.',
  })
  @ApiOkResponse({ type: UserResponse, description: 'The account as saved, with its new version.' })
  @ApiIdErrors('user', 'User 999 does not exist.')
  @ApiBodyErrors({ version: VERSION_REQUIRED })
  @ApiStaleVersion('user account')
  @ApiConflict('lastAdmin', 'It would demote or deactivate the last active admin.', LAST_ADMIN)
  update(@IdParam() id: number, @Body() body: UpdateUserDto, @CurrentActor() actor: Actor): Promise<UserRecord> {
    return this.users.update(id, body, actor);
  }

  /** Deactivates the account (its sessions end at once) and answers the deactivated record. */
  @Delete(':id')
  @Allow('delete', 'users')
  @ApiOperation({ summary: 'Deactivate a user account', description: 'Never erases (the audit trail keeps pointing at the account): it can no longer sign in, and its sessions end at once.' })
  @ApiOkResponse({ type: UserResponse, description: 'The deactivated account (`active: false`).' })
  @ApiIdErrors('user', 'User 999 does not exist.')
  @ApiConflict('lastAdmin', 'It is the last active admin.', LAST_ADMIN)
  deactivate(@IdParam() id: number, @CurrentActor() actor: Actor): Promise<UserRecord> {
    return this.users.deactivate(id, actor);
  }
}
