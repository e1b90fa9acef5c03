import { ExecutionContext, Inject, Injectable, InternalServerErrorException, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { canAccess, type Resource } from '@klch/shared';
import { AuditService } from '../audit/audit.service';
import { forbidden } from '../common/errors/http-errors';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { actorOf } from './actor.decorator';
import { crossSiteProblem } from './cross-site';
import { POLICY_KEY, type Policy } from './policy.decorator';
import type { SessionUser } from './session-user';
import { msg } from '../common/i18n/message';

/** A refused request's URL is kept in the trail up to this length (a caller could send a huge one). */
const MAX_URL_IN_TRAIL = 1000;

/**
 * The global guard on every route: authenticates the session (cookie or bearer token, via the
 * passport JWT strategy), then asks shared's `canAccess` for the route's declared policy.
 * A route without a policy is a programming error and is refused, never opened.
 * A signed-in user refused by the policy (403) is recorded in the audit trail (`access_denied`).
 * Before any of that, a state-changing request from another site is refused (403, see cross-site.ts);
 * when it carried a valid session cookie it is recorded too: someone's browser was used against them.
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<Policy | undefined>(POLICY_KEY, [context.getHandler(), context.getClass()]);
    if (!policy) throw new InternalServerErrorException('This route has no access policy.');
    const request = context.switchToHttp().getRequest<FastifyRequest & { user: SessionUser }>();
    if (policy.kind === 'public') {
      const problem = crossSiteProblem(request, this.config.allowedOrigins, false);
      if (problem) throw forbidden(problem);
      return true;
    }

    await super.canActivate(context); // throws 401 when there is no valid session
    const crossSite = crossSiteProblem(request, this.config.allowedOrigins, true);
    if (crossSite) {
      await this.recordRefusal(request, policy.kind === 'grant' ? policy.resource : 'users', `cross-site request refused: ${crossSite}`);
      throw forbidden(crossSite);
    }
    if (policy.kind === 'signed-in') return true;

    const user = request.user;
    if (!canAccess(user.role, policy.action, policy.resource)) {
      await this.recordRefusal(request, policy.resource);
      throw forbidden(msg('access.roleMayNot', { role: user.role, action: policy.action, resource: policy.resource }));
    }
    return true;
  }

  override handleRequest<T>(error: unknown, user: T): T {
    if (error || !user) {
      throw new UnauthorizedException({ message: msg('auth.signInNeeded') });
    }
    return user;
  }

  private recordRefusal(request: FastifyRequest, resource: Resource, why?: string): Promise<void> {
    const id = (request.params as Record<string, unknown> | undefined)?.id;
    const url = request.url.length > MAX_URL_IN_TRAIL ? `${request.url.slice(0, MAX_URL_IN_TRAIL)}…` : request.url;
    const entityId = typeof id === 'string' && /^[\w.-]{1,64}$/.test(id) ? id : null;
    return this.audit.recordRefusal(actorOf(request), resource, entityId, `${request.method} ${url}${why ? ` — ${why}` : ''}`);
  }
}
