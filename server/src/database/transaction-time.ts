import type { EntityManager } from 'typeorm';
import { nowIso } from './timestamps';

/*
 * One clock reading per write transaction. A record's createdAt/updatedAt and the `at` of the audit
 * event that records the change are the same instant, so "as of the record's updatedAt" is exactly
 * the state after that change. (Read separately they were milliseconds apart, and as-of answered
 * with the version before.) On SQLite the one EntityManager is reused by every transaction, which
 * the write queue runs one at a time; so the time is bound for the run of the work and then dropped.
 */
const times = new WeakMap<EntityManager, string>();

/** Runs a transaction's work with its time bound to its manager (TransactionRunner.write calls this). */
export async function withTransactionTime<T>(manager: EntityManager, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  times.set(manager, nowIso());
  try {
    return await work(manager);
  } finally {
    times.delete(manager);
  }
}

/** The time of the write transaction `manager` belongs to: every timestamp a write stores. */
export function transactionTime(manager: EntityManager): string {
  const time = times.get(manager);
  if (time === undefined) throw new Error('transactionTime() is only known inside TransactionRunner.write: a write outside a transaction?');
  return time;
}
