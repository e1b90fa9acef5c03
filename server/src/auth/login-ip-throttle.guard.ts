import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { tooManyRequests } from '../common/errors/http-errors';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { TransactionRunner } from '../database/transaction-runner';
import { throttleKey } from './client-address';
import { countAttempt, pruneFinishedWindows, windowStart } from './login-ip-throttle';
import { msg } from '../common/i18n/message';

/**
 * Password guesses (sign-ins and own password changes) per client address per minute, counted in
 * the database so the limit is one limit across server instances. The address is Fastify's
 * `request.ip`, which believes X-Forwarded-For only as far as TRUST_PROXY says.
 */
@Injectable()
export class LoginIpThrottleGuard implements CanActivate {
  /** The last minute this instance pruned: once a minute per instance is enough to keep the table small. */
  private prunedWindow: string | null = null;

  constructor(
    private readonly db: TransactionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const now = new Date();
    const prune = this.prunedWindow !== windowStart(now);
    this.prunedWindow = windowStart(now);
    const attempts = await this.db.write(async (manager) => {
      if (prune) await pruneFinishedWindows(manager, now);
      return countAttempt(manager, throttleKey(request.ip), now);
    });
    if (attempts <= this.config.loginAttemptsPerMinute) return true;
    // A minute at most: by then the sliding count has fallen below the limit.
    void context.switchToHttp().getResponse<FastifyReply>().header('Retry-After', '60');
    throw tooManyRequests(msg('auth.throttledAddress'));
  }
}
