import type { EntityManager } from 'typeorm';

/*
 * Work that must wait until a write transaction has committed: telling open pages a record changed,
 * waking the mail deliverer. Done inside the transaction it could announce a change that then rolls
 * back, or send an email the database never recorded. TransactionRunner.write runs the callbacks
 * once the commit succeeded, and drops them when it did not.
 */
const pending = new WeakMap<EntityManager, Array<() => void>>();

/** Runs `callback` after the transaction `manager` belongs to commits (never if it rolls back). */
export function afterCommit(manager: EntityManager, callback: () => void): void {
  const callbacks = pending.get(manager);
  if (!callbacks) throw new Error('afterCommit() is only known inside TransactionRunner.write: a write outside a transaction?');
  callbacks.push(callback);
}

/** Runs a transaction with a list of after-commit callbacks bound to its manager (TransactionRunner.write calls this). */
export async function collectAfterCommit<T>(
  manager: EntityManager,
  work: (manager: EntityManager) => Promise<T>,
  collected: Array<() => void>,
): Promise<T> {
  pending.set(manager, collected);
  try {
    return await work(manager);
  } finally {
    pending.delete(manager);
  }
}

/** As afterCommit, for code that also runs outside TransactionRunner.write (the seed, migrations): there, nothing is run. */
export function afterCommitIfAny(manager: EntityManager, callback: () => void): void {
  pending.get(manager)?.push(callback);
}
