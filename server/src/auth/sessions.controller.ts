import { Controller, Delete, Get, Inject, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SessionRecord } from '@klch/shared';
import { CurrentUser } from '../access/actor.decorator';
import { ApiAccessErrors } from '../access/api-access-errors.decorator';
import { SignedIn } from '../access/policy.decorator';
import type { SessionUser } from '../access/session-user';
import { ApiIdErrors } from '../common/http/api-errors.decorator';
import { IdParam } from '../common/http/id-param';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { SessionResponse, SignedOutEverywhereResponse } from './dto/session-record.response';
import { clearSessionCookie } from './session-cookie';
import { SessionsService } from './sessions/sessions.service';

/**
 * The signed-in user's own sessions: every browser and script signed in as them. Anyone signed in
 * may see and end their own, whatever their role; nobody sees another user's (an admin ends a
 * user's sessions by resetting the password, changing the role or deactivating the account).
 */
@ApiTags('auth')
@ApiAccessErrors()
@Controller('auth/sessions')
export class SessionsController {
  constructor(
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @SignedIn()
  @ApiOperation({
    summary: 'Your open sessions',
    description: 'Most recently used first; `current` marks the one this request was made with.',
  })
  @ApiOkResponse({ type: SessionResponse, isArray: true })
  list(@CurrentUser() user: SessionUser): Promise<SessionRecord[]> {
    return this.sessions.list(user);
  }

  @Delete(':id')
  @SignedIn()
  @ApiOperation({
    summary: 'End one of your sessions',
    description:
      "Its token is refused from its next request on, on every server. Ending the current one signs this browser out (the cookie is cleared). Another user's session answers 404, as an unknown id does.",
  })
  @ApiOkResponse({ type: SessionResponse, description: 'The session that ended.' })
  @ApiIdErrors('open session of yours', 'Session 12 is not one of your open sessions: it may have ended already.')
  async end(
    @CurrentUser() user: SessionUser,
    @IdParam() id: number,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionRecord> {
    const ended = await this.sessions.endOne(user, id, String(request.id));
    if (ended.current) clearSessionCookie(reply, this.config);
    return ended;
  }

  @Delete()
  @SignedIn()
  @ApiOperation({
    summary: 'Sign out everywhere',
    description: 'Ends every session of yours, this one included, and every token issued to you before; the cookie is cleared.',
  })
  @ApiOkResponse({ type: SignedOutEverywhereResponse })
  async endAll(
    @CurrentUser() user: SessionUser,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<{ message: string; ended: number }> {
    const ended = await this.sessions.endAll(user, String(request.id));
    clearSessionCookie(reply, this.config);
    return { message: `Signed out everywhere: ${ended} ${ended === 1 ? 'session' : 'sessions'} ended.`, ended };
  }
}
