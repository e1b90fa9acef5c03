import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { changedRows, sqlPlaceholders } from '../database/raw-sql';
import { nowIso } from '../database/timestamps';
import { TransactionRunner } from '../database/transaction-runner';
import { MailOutboxEntity } from './mail-outbox.entity';

/** Minutes to wait before attempt 2, 3, …; after the last the email is marked failed (and logged as an error). */
export const RETRY_MINUTES = [1, 5, 30, 120, 360];
/** How long an instance holds an email it is sending before another may try it (a crash mid-send). */
const CLAIM_SECONDS = 120;
/** How often due emails (new ones missed by a kick, and retries) are looked for. */
const POLL_SECONDS = 30;
const BATCH = 20;

const later = (from: Date, seconds: number) => new Date(from.getTime() + seconds * 1000).toISOString();

/**
 * Sends the outbox's emails after the transactions that wrote them commit: woken by a kick after
 * each such commit and by a timer for retries. A failed send is retried with growing waits, and
 * every failure is logged and kept on the row (`last_error`); nothing is dropped. The request that
 * caused an email never waits for it. With no SMTP_URL nothing is written here and nothing runs.
 */
@Injectable()
export class MailDeliverer implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(MailDeliverer.name);
  private transport: Transporter | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: TransactionRunner,
  ) {}

  get enabled(): boolean {
    return this.config.mail.smtpUrl !== null;
  }

  onModuleInit(): void {
    if (!this.config.mail.smtpUrl) return;
    this.transport = createTransport(this.config.mail.smtpUrl);
    this.timer = setInterval(() => this.kick(), POLL_SECONDS * 1000);
    this.timer.unref();
    this.kick();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
    this.transport?.close();
    this.transport = null;
  }

  /** Delivers what is due now, soon; a kick during a run makes it look again when it ends. */
  kick(): void {
    if (!this.transport) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.deliverDue()
      .then(() => undefined)
      .catch((error) => this.logger.error({ err: error }, 'Email delivery stopped on an error; it resumes at the next kick'))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  /** Waits for the run under way, if any (tests, and shutdown). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Sends every email due at `now`, a batch at a time; answers how many were sent. */
  async deliverDue(now: Date = new Date()): Promise<number> {
    if (!this.transport) return 0;
    let sent = 0;
    for (;;) {
      const batch = await this.claimDue(now);
      if (!batch.length) return sent;
      for (const mail of batch) if (await this.send(mail, now)) sent += 1;
    }
  }

  /** Due emails nobody else is sending, each claimed for CLAIM_SECONDS by a conditional update (one instance wins each). */
  private async claimDue(now: Date): Promise<MailOutboxEntity[]> {
    const at = now.toISOString();
    const due: Array<{ id: number | string }> = await this.db.read((manager) => {
      const [p1, p2] = sqlPlaceholders(manager, 2);
      return manager.query(
        `SELECT id FROM mail_outbox WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= ${p1}
            AND (claimed_until IS NULL OR claimed_until < ${p2}) ORDER BY next_attempt_at, id LIMIT ${BATCH}`,
        [at, at],
      );
    });
    const claimed: MailOutboxEntity[] = [];
    for (const { id } of due) {
      const won = await this.db.write(async (manager) => {
        const [q1, q2, q3] = sqlPlaceholders(manager, 3);
        return changedRows(
          manager,
          `UPDATE mail_outbox SET claimed_until = ${q1} WHERE id = ${q2} AND sent_at IS NULL AND failed_at IS NULL AND (claimed_until IS NULL OR claimed_until < ${q3})`,
          [later(now, CLAIM_SECONDS), Number(id), at],
        );
      });
      if (won) claimed.push((await this.db.read((manager) => manager.getRepository(MailOutboxEntity).findOneBy({ id: Number(id) })))!);
    }
    return claimed;
  }

  private async send(mail: MailOutboxEntity, now: Date): Promise<boolean> {
    const attempts = mail.attempts + 1;
    try {
      await this.transport!.sendMail({
        from: this.config.mail.from,
        to: mail.toAddress,
        subject: mail.subject,
        text: mail.textBody,
        html: mail.htmlBody,
      });
      await this.record(mail.id, { attempts, sentAt: nowIso(), claimedUntil: null, lastError: null });
      return true;
    } catch (error) {
      const lastError = String((error as Error)?.message ?? error).slice(0, 1000);
      const wait = RETRY_MINUTES[attempts - 1];
      if (wait === undefined) {
        this.logger.error(
          { mailId: mail.id, attempts, err: lastError },
          'An email could not be sent after every retry; it is kept in mail_outbox as failed',
        );
        await this.record(mail.id, { attempts, failedAt: nowIso(), claimedUntil: null, lastError });
      } else {
        this.logger.warn({ mailId: mail.id, attempts, retryInMinutes: wait, err: lastError }, 'An email could not be sent; it will be retried');
        await this.record(mail.id, { attempts, nextAttemptAt: later(now, wait * 60), claimedUntil: null, lastError });
      }
      return false;
    }
  }

  private record(id: number, outcome: Partial<MailOutboxEntity>): Promise<unknown> {
    return this.db.write((manager) => manager.update(MailOutboxEntity, { id }, outcome));
  }
}
