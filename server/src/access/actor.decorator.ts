import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../audit/actor';
import type { SessionUser } from './session-user';

export function actorOf(request: FastifyRequest): Actor {
  const user = (request as FastifyRequest & { user?: SessionUser }).user;
  return {
    id: user?.id ?? null,
    name: user?.fullName ?? null,
    role: user?.role ?? null,
    requestId: String(request.id),
  };
}

/** The signed-in user and the request id, for the audit trail: `@CurrentActor() actor: Actor`. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor =>
  actorOf(context.switchToHttp().getRequest<FastifyRequest>()),
);

export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): SessionUser => context.switchToHttp().getRequest<FastifyRequest & { user: SessionUser }>().user,
);
