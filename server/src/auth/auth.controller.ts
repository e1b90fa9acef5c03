import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { UserRecord } from '@klch/shared';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { toUserRecord } from '../users/user-records';
import type { UserEntity } from '../users/user.entity';
import { CurrentUser } from './actor.decorator';
import { AuthService } from './auth.service';
import { ChangePasswordDto } from './dto/change-password.dto';
import { LoginGuard } from './login.guard';
import { Public, SignedIn } from './policy.decorator';
import { clearSessionCookie, setSessionCookie } from './session-cookie';
import type { SessionUser } from './session-user';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Signs in: sets the httpOnly session cookie for the browser and answers the same token as
   * `accessToken` for scripts (`Authorization: Bearer …`). Throttled per IP; repeated failures
   * lock the username for a while.
   */
  @Post('login')
  @HttpCode(200)
  @Public()
  @UseGuards(ThrottlerGuard, LoginGuard)
  @ApiBody({ schema: { properties: { username: { type: 'string' }, password: { type: 'string' } }, required: ['username', 'password'] } })
  login(@Req() request: FastifyRequest & { user: UserEntity }, @Res({ passthrough: true }) reply: FastifyReply): { user: UserRecord; accessToken: string } {
    const accessToken = this.auth.issueToken(request.user);
    setSessionCookie(reply, this.config, accessToken);
    return { user: toUserRecord(request.user), accessToken };
  }

  /** Ends all of the user's sessions and clears the cookie. */
  @Post('logout')
  @HttpCode(200)
  @SignedIn()
  async logout(@CurrentUser() user: SessionUser, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<{ message: string }> {
    await this.auth.logout(user, String(request.id));
    clearSessionCookie(reply, this.config);
    return { message: 'Signed out.' };
  }

  /** Changes the signed-in user's password; ends their other sessions and renews this one. */
  @Post('password')
  @HttpCode(200)
  @SignedIn()
  async changePassword(
    @CurrentUser() user: SessionUser,
    @Body() body: ChangePasswordDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<{ user: UserRecord; accessToken: string }> {
    const updated = await this.auth.changePassword(user, body.currentPassword, body.newPassword, String(request.id));
    const accessToken = this.auth.issueToken(updated);
    setSessionCookie(reply, this.config, accessToken);
    return { user: toUserRecord(updated), accessToken };
  }

  @Get('me')
  @SignedIn()
  async me(@CurrentUser() user: SessionUser): Promise<{ user: UserRecord }> {
    return { user: await this.auth.me(user) };
  }
}
