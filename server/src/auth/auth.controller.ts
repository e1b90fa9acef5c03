import { Body, Controller, Get, HttpCode, Inject, Post, Put, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, type UserRecord } from '@klch/shared';
import { CurrentUser } from '../access/actor.decorator';
import { ApiAccessErrors } from '../access/api-access-errors.decorator';
import { Public, SignedIn } from '../access/policy.decorator';
import type { SessionUser } from '../access/session-user';
import { ApiBadRequest, ApiBodyErrors, ApiRuleViolation, errorBody, errorExamples } from '../common/http/api-errors.decorator';
import { ErrorResponse } from '../common/http/error-response';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { toUserRecord } from '../users';
import { AuthService, type SignIn } from './auth.service';
import { ChangePasswordDto } from './dto/change-password.dto';
import { LanguageDto } from './dto/language.dto';
import { LoginDto } from './dto/login.dto';
import { LoginResponse, MeResponse, MessageResponse } from './dto/session.response';
import { LoginIpThrottleGuard } from './login-ip-throttle.guard';
import { LoginGuard } from './login.guard';
import { clearSessionCookie, setSessionCookie } from './session-cookie';
import { sessionClientOf } from './sessions/session-client';
import { SessionsService } from './sessions/sessions.service';

@ApiTags('auth')
@ApiAccessErrors()
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Signs in: sets the httpOnly session cookie for the browser and answers the same token as
   * `accessToken` for scripts (`Authorization: Bearer …`). Throttled per IP; repeated failures
   * lock the username for a while (a deactivated account's right password is one of them).
   */
  @Post('login')
  @HttpCode(200)
  @Public()
  @UseGuards(LoginIpThrottleGuard, LoginGuard)
  @ApiOperation({ summary: 'Sign in', description: 'Sets the httpOnly session cookie and answers the same token as `accessToken` for scripts.' })
  // Docs only: LoginGuard reads the body before any pipe runs, so no parameter is bound to LoginDto.
  @ApiBody({ type: LoginDto })
  @ApiOkResponse({ type: LoginResponse, description: 'Signed in: the `klch_session` cookie is set.' })
  @ApiBadRequest('missing', 'The username or the password is missing or longer than 200 characters.', 'Enter a username and a password.', {
    password: 'password is required',
  })
  @ApiUnauthorizedResponse({
    type: ErrorResponse,
    description: 'Wrong username or password, or the account is deactivated (the same answer, so it does not tell which).',
    ...errorExamples('credentials', 'Wrong credentials', errorBody(401, 'Wrong username or password.')),
  })
  @ApiTooManyRequestsResponse({
    type: ErrorResponse,
    description: 'Too many sign-ins from this address, or too many failures for this username: it is locked for a while.',
    ...errorExamples(
      'locked',
      'Locked',
      errorBody(429, 'Too many failed sign-ins for this username. Try again after 2025-06-30 08:30 UTC, or ask an administrator.'),
    ),
  })
  login(
    @Req() request: FastifyRequest & { user: SignIn },
    @Res({ passthrough: true }) reply: FastifyReply,
  ): { user: UserRecord; accessToken: string } {
    const accessToken = this.auth.issueToken(request.user);
    setSessionCookie(reply, this.config, accessToken);
    return { user: toUserRecord(request.user.user), accessToken };
  }

  /** Ends this session and clears the cookie; the user's other sessions stay (DELETE /api/auth/sessions ends them all). */
  @Post('logout')
  @HttpCode(200)
  @SignedIn()
  @ApiOperation({
    summary: 'Sign out',
    description: "Ends this session only and clears the cookie. The user's other sessions stay: `DELETE /api/auth/sessions` ends them all.",
  })
  @ApiOkResponse({ type: MessageResponse })
  async logout(
    @CurrentUser() user: SessionUser,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<{ message: string }> {
    await this.sessions.endCurrent(user, String(request.id));
    clearSessionCookie(reply, this.config);
    return { message: 'Signed out.' };
  }

  /**
   * Changes the signed-in user's password; ends their other sessions and renews this one. A guess
   * at the current password counts like a sign-in: per IP, and towards the account's lockout.
   */
  @Post('password')
  @HttpCode(200)
  @SignedIn()
  @UseGuards(LoginIpThrottleGuard)
  @ApiOperation({
    summary: 'Change your own password',
    description: 'Your other sessions end at once; this one is renewed (a new cookie and `accessToken`).',
  })
  @ApiOkResponse({ type: LoginResponse, description: 'Changed: the renewed session.' })
  @ApiBodyErrors({ newPassword: `password must be ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters` })
  @ApiTooManyRequestsResponse({
    type: ErrorResponse,
    description: 'Too many attempts from this address, or too many wrong passwords for the account: it is locked for a while (you stay signed in).',
    ...errorExamples(
      'locked',
      'Locked',
      errorBody(429, 'Too many wrong passwords for this account. Try again after 2025-06-30 08:30 UTC, or ask an administrator.'),
    ),
  })
  @ApiRuleViolation('wrongCurrent', 'The current password is not right.', 'The current password is not right.', {
    currentPassword: 'is not your current password',
  })
  @ApiRuleViolation('same', 'The new password is the current one.', 'The new password must differ from the current one.', {
    newPassword: 'must differ from the current password',
  })
  async changePassword(
    @CurrentUser() user: SessionUser,
    @Body() body: ChangePasswordDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<{ user: UserRecord; accessToken: string }> {
    const renewed = await this.auth.changePassword(user, body.currentPassword, body.newPassword, String(request.id), sessionClientOf(request));
    const accessToken = this.auth.issueToken(renewed);
    setSessionCookie(reply, this.config, accessToken);
    return { user: toUserRecord(renewed.user), accessToken };
  }

  @Get('me')
  @SignedIn()
  @ApiOperation({ summary: 'Who am I?' })
  @ApiOkResponse({ type: MeResponse })
  async me(@CurrentUser() user: SessionUser): Promise<{ user: UserRecord }> {
    return { user: await this.auth.me(user) };
  }

  /** The signed-in user's own UI language: every role may choose it; the UI applies it at sign-in. */
  @Put('me/language')
  @SignedIn()
  @ApiOperation({
    summary: 'Choose your own UI language',
    description: 'Kept on your account (audited), so the UI opens in it at your next sign-in on any device.',
  })
  @ApiOkResponse({ type: MeResponse, description: 'Chosen: your account as it is now.' })
  @ApiBodyErrors({ language: 'language must be one of: en, ms' })
  async setLanguage(@CurrentUser() user: SessionUser, @Body() body: LanguageDto, @Req() request: FastifyRequest): Promise<{ user: UserRecord }> {
    return { user: await this.auth.setLanguage(user, body.language, String(request.id)) };
  }
}
