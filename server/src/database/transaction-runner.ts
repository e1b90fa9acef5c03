import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { withTransactionTime } from './transaction-time';
import { WriteQueue } from './write-queue';

/**
 * The one way the app touches the database.
 * - `write` runs the work in a transaction: the change and its audit event commit together or not at all,
 *   and share one timestamp (`transactionTime`).
 * - `read` runs a read that may take several queries.
 * On SQLite both go through the WriteQueue (see there for why); PostgreSQL gives each its own connection.
 */
@Injectable()
export class TransactionRunner {
  private readonly queue: WriteQueue | null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.queue = dataSource.options.type === 'better-sqlite3' ? new WriteQueue() : null;
  }

  write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const transaction = () => this.dataSource.transaction((manager) => withTransactionTime(manager, work));
    return this.queue ? this.queue.run(transaction) : transaction();
  }

  read<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const run = () => work(this.dataSource.manager);
    return this.queue ? this.queue.run(run) : run();
  }
}
