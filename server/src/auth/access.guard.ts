import { ExecutionContext, ForbiddenException, Injectable, InternalServerErrorException, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { canAccess } from '@klch/shared';
import { POLICY_KEY, type Policy } from './policy.decorator';
import type { SessionUser } from './session-user';

/**
 * The global guard on every route: authenticates the session (cookie or bearer token, via the
 * passport JWT strategy), then asks shared's `canAccess` for the route's declared policy.
 * A route without a policy is a programming error and is refused, never opened.
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<Policy | undefined>(POLICY_KEY, [context.getHandler(), context.getClass()]);
    if (!policy) throw new InternalServerErrorException('This route has no access policy.');
    if (policy.kind === 'public') return true;

    await super.canActivate(context); // throws 401 when there is no valid session
    if (policy.kind === 'signed-in') return true;

    const user = context.switchToHttp().getRequest<{ user: SessionUser }>().user;
    if (!canAccess(user.role, policy.action, policy.resource)) {
      throw new ForbiddenException(`Your role (${user.role}) may not ${policy.action} ${policy.resource}.`);
    }
    return true;
  }

  override handleRequest<T>(error: unknown, user: T): T {
    if (error || !user) {
      throw new UnauthorizedException({ statusCode: 401, message: 'Please sign in: your session is missing, has expired or was ended.' });
    }
    return user;
  }
}
