import { WriteQueue } from './write-queue';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('WriteQueue', () => {
  it('runs tasks one at a time in arrival order, even when an earlier one is slower', async () => {
    const queue = new WriteQueue();
    const log: string[] = [];
    await Promise.all([
      queue.run(async () => {
        log.push('a:start');
        await sleep(30);
        log.push('a:end');
      }),
      queue.run(async () => {
        log.push('b:start');
        log.push('b:end');
      }),
    ]);
    expect(log).toEqual(['a:start', 'a:end', 'b:start', 'b:end']);
  });

  it('passes on results and failures and keeps going after a failure', async () => {
    const queue = new WriteQueue();
    const failed = queue.run(async () => {
      throw new Error('boom');
    });
    const next = queue.run(async () => 42);
    await expect(failed).rejects.toThrow('boom');
    await expect(next).resolves.toBe(42);
    expect(queue.depth).toBe(0);
  });
});
