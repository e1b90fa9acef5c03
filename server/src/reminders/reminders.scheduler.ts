import { kualaLumpurClock } from '@klch/shared';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { SYSTEM_ACTOR } from '../audit/actor';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { RemindersService } from './reminders.service';

/** How often an instance looks whether today's reminders are due and not yet run (by any instance). */
const CHECK_MINUTES = 10;

/**
 * Runs the reminders once a day, from REMINDERS_HOUR (Kuala Lumpur time): every instance checks
 * every few minutes, and job_runs lets one of them run the day (RemindersService.runDaily). A day
 * the servers were down is run when they come back, the same day; the de-duplication makes a
 * missed day harmless (what was due is still due and is sent then).
 */
@Injectable()
export class RemindersScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(RemindersScheduler.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reminders: RemindersService,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.reminders.daily) return;
    this.timer = setInterval(() => this.check(), CHECK_MINUTES * 60 * 1000);
    this.timer.unref();
    setTimeout(() => this.check(), 5000).unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  private check(): void {
    if (this.running || !this.timer) return;
    const now = new Date();
    if (Number(kualaLumpurClock(now).hour) < this.config.reminders.hour) return;
    this.running = this.reminders
      .runDaily(SYSTEM_ACTOR, now)
      .then((result) => {
        if (result) this.logger.log({ reminders: result }, `Daily reminders for ${result.day} sent`);
      })
      .catch((error) => this.logger.error({ err: error }, 'The daily reminders failed; the next check tries again'))
      .finally(() => {
        this.running = null;
      });
  }
}
