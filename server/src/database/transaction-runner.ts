import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { collectAfterCommit } from './after-commit';
import { withTransactionTime } from './transaction-time';
import { WriteQueue } from './write-queue';

/**
 * The one way the app touches the database.
 * - `write` runs the work in a transaction: the change and its audit event commit together or not at all,
 *   and share one timestamp (`transactionTime`); `afterCommit` callbacks run once it has committed.
 * - `read` runs a read that may take several queries.
 * On SQLite both go through the WriteQueue (see there for why); PostgreSQL gives each its own connection.
 */
@Injectable()
export class TransactionRunner {
  private readonly queue: WriteQueue | null;
  private readonly logger = new Logger(TransactionRunner.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.queue = dataSource.options.type === 'better-sqlite3' ? new WriteQueue() : null;
  }

  async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const committed: Array<() => void> = [];
    const transaction = () =>
      this.dataSource.transaction((manager) => withTransactionTime(manager, (bound) => collectAfterCommit(bound, work, committed)));
    const result = await (this.queue ? this.queue.run(transaction) : transaction());
    // After the commit, outside the write queue: what they start never holds up the next write.
    // A failing one is logged: the change has committed, so the request that made it still succeeds.
    for (const callback of committed) {
      try {
        callback();
      } catch (error) {
        this.logger.error({ err: error }, 'An after-commit callback failed');
      }
    }
    return result;
  }

  read<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const run = () => work(this.dataSource.manager);
    return this.queue ? this.queue.run(run) : run();
  }
}
