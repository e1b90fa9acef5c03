import type { FastifyRequest } from 'fastify';
import { deviceLabel } from './device-label';

/** What a session records about the client that signed in. */
export interface SessionClient {
  device: string;
  userAgent: string | null;
  ip: string | null;
}

const MAX_USER_AGENT = 500;

const header = (request: FastifyRequest, name: string): string | null => {
  const value = request.headers[name];
  return typeof value === 'string' ? value : null;
};

/** The client of a sign-in request: its device in words, its User-Agent (cut to fit) and its address. */
export function sessionClientOf(request: FastifyRequest): SessionClient {
  const userAgent = header(request, 'user-agent');
  return {
    device: deviceLabel({ userAgent, brands: header(request, 'sec-ch-ua'), platform: header(request, 'sec-ch-ua-platform') }).slice(0, 100),
    userAgent: userAgent ? userAgent.slice(0, MAX_USER_AGENT) : null,
    ip: request.ip ? request.ip.slice(0, 64) : null,
  };
}
