import { ExecutionContext, ForbiddenException, Injectable, InternalServerErrorException, Logger, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { canAccess, type Resource } from '@klch/shared';
import { AuditService } from '../audit/audit.service';
import { TransactionRunner } from '../database/transaction-runner';
import { actorOf } from './actor.decorator';
import { POLICY_KEY, type Policy } from './policy.decorator';
import type { SessionUser } from './session-user';

/** A refused request's URL is kept in the trail up to this length (a caller could send a huge one). */
const MAX_URL_IN_TRAIL = 1000;

/**
 * The global guard on every route: authenticates the session (cookie or bearer token, via the
 * passport JWT strategy), then asks shared's `canAccess` for the route's declared policy.
 * A route without a policy is a programming error and is refused, never opened.
 * A signed-in user refused by the policy (403) is recorded in the audit trail (`access_denied`).
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly db: TransactionRunner,
    private readonly audit: AuditService,
  ) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<Policy | undefined>(POLICY_KEY, [context.getHandler(), context.getClass()]);
    if (!policy) throw new InternalServerErrorException('This route has no access policy.');
    if (policy.kind === 'public') return true;

    await super.canActivate(context); // throws 401 when there is no valid session
    if (policy.kind === 'signed-in') return true;

    const request = context.switchToHttp().getRequest<FastifyRequest & { user: SessionUser }>();
    const user = request.user;
    if (!canAccess(user.role, policy.action, policy.resource)) {
      await this.recordRefusal(request, policy.resource);
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

  /**
   * One `access_denied` event, in its own transaction (nothing else happens in a refused request).
   * If it cannot be written the caller is refused all the same, and the failure is logged.
   */
  private async recordRefusal(request: FastifyRequest, resource: Resource): Promise<void> {
    const id = (request.params as Record<string, unknown> | undefined)?.id;
    const url = request.url.length > MAX_URL_IN_TRAIL ? `${request.url.slice(0, MAX_URL_IN_TRAIL)}…` : request.url;
    try {
      await this.db.write((manager) =>
        this.audit.append(manager, actorOf(request), {
          action: 'access_denied',
          entityType: resource,
          entityId: typeof id === 'string' && /^[\w.-]{1,64}$/.test(id) ? id : null,
          reason: `${request.method} ${url}`,
        }),
      );
    } catch (error) {
      this.logger.error({ err: error, requestId: request.id }, 'Could not record a refused access in the audit trail');
    }
  }
}
