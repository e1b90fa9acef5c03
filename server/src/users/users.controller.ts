import { Body, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, type UserRecord } from '@klch/shared';
import { CurrentActor } from '../access/actor.decorator';
import { Allow } from '../access/policy.decorator';
import { ResourceController } from '../access/resource-controller.decorator';
import { CreateRoute, DeleteRoute, ListRoute, ShowRoute, UpdateRoute } from '../access/resource-routes.decorator';
import type { Actor } from '../audit/actor';
import { ApiConflict, ApiIdErrors, ApiStaleVersion } from '../common/http/api-errors.decorator';
import { IdParam } from '../common/http/id-param';
import { sendList } from '../common/list-query/list-result';
import type { RawListQuery } from '../common/list-query/parse-list-query';
import { CreateUserDto } from './dto/create-user.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { UserResponse } from './dto/user.response';
import { USER_LIST } from './user-query';
import { UsersService } from './users.service';

const LAST_ADMIN = 'This is the last active admin account: create or promote another admin first.';

@ResourceController('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @ListRoute(USER_LIST, UserResponse, {
    summary: 'List user accounts (react-admin getList / getMany)',
    filterExample: { role: 'manager', active: true },
    filterNotes: '`q` searches the username, the full name and the email.',
  })
  async list(@Query() query: RawListQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<UserRecord[]> {
    return sendList(reply, 'users', await this.users.list(query));
  }

  @ShowRoute('users', UserResponse, 'user account', { missing: 'User' })
  getOne(@IdParam() id: number): Promise<UserRecord> {
    return this.users.getOne(id);
  }

  @CreateRoute('users', UserResponse, 'user account', {
    bodyErrors: {
      username: 'username must be 2 to 64 letters, digits, dots, dashes or underscores',
      password: `password must be ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters`,
    },
  })
  @ApiConflict('usernameTaken', 'The username is taken.', 'The username "officer" is taken.', { username: 'is taken' })
  create(@Body() body: CreateUserDto, @CurrentActor() actor: Actor): Promise<UserRecord> {
    return this.users.create(body, actor);
  }

  @UpdateRoute('users', UserResponse, 'user account', {
    missing: 'User',
    description: "The username never changes. A new password, role or `active: false` ends the account's sessions.",
  })
  @ApiConflict('lastAdmin', 'It would demote or deactivate the last active admin.', LAST_ADMIN)
  update(@IdParam() id: number, @Body() body: UpdateUserDto, @CurrentActor() actor: Actor): Promise<UserRecord> {
    return this.users.update(id, body, actor);
  }

  /** Deactivates the account (its sessions end at once) and answers the deactivated record. */
  @DeleteRoute('users', UserResponse, 'user account', {
    missing: 'User',
    summary: 'Deactivate a user account',
    description: 'Never erases (the audit trail keeps pointing at the account): it can no longer sign in, and its sessions end at once.',
    answer: 'The deactivated account (`active: false`).',
  })
  @ApiConflict('lastAdmin', 'It is the last active admin.', LAST_ADMIN)
  @ApiStaleVersion('user account', 'Here: someone saved the account in the moment it was being deactivated, so it was not.')
  deactivate(@IdParam() id: number, @CurrentActor() actor: Actor): Promise<UserRecord> {
    return this.users.deactivate(id, actor);
  }

  /** The way back from DELETE: the account may sign in again. An edit of the account, so who may edit users may do it. */
  @Post(':id/reactivate')
  @HttpCode(200)
  @Allow('edit', 'users')
  @ApiOperation({
    summary: 'Reactivate a deactivated user account',
    description: 'It may sign in again with its password as it was; the sessions ended by the deactivation stay ended. Audited as `reactivate`.',
  })
  @ApiOkResponse({ type: UserResponse, description: 'The account (`active: true`); an account already active is answered unchanged.' })
  @ApiIdErrors('user account', 'User 999 does not exist.')
  @ApiStaleVersion('user account', 'Here: someone saved the account in the moment it was being reactivated, so it was not.')
  reactivate(@IdParam() id: number, @CurrentActor() actor: Actor): Promise<UserRecord> {
    return this.users.reactivate(id, actor);
  }
}
