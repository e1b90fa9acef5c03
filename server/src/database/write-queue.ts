/**
 * Runs async work one piece at a time, in arrival order.
 *
 * Why: TypeORM on SQLite shares one connection (and one query runner) between every request, so two
 * transactions that overlap in time nest as savepoints of each other: when the outer one rolls back,
 * it takes the inner one's acknowledged write with it. Queueing every database task on SQLite makes
 * each transaction (and each multi-query read) run alone on that connection.
 */
export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private waiting = 0;

  run<T>(work: () => Promise<T>): Promise<T> {
    this.waiting++;
    const result = this.tail.then(work);
    // The queue moves on whether the work succeeded or failed; the caller still sees the outcome.
    this.tail = result.then(
      () => this.done(),
      () => this.done(),
    );
    return result;
  }

  /** How many tasks are queued or running: for health and benchmarks. */
  get depth(): number {
    return this.waiting;
  }

  private done(): void {
    this.waiting--;
  }
}
