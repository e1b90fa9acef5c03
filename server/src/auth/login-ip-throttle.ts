import type { EntityManager } from 'typeorm';
import { sqlPlaceholders } from '../database/raw-sql';

const WINDOW_MS = 60_000;

/** The start of the minute `at` falls in: every instance puts an attempt in the same row. */
export const windowStart = (at: Date): string => new Date(Math.floor(at.getTime() / WINDOW_MS) * WINDOW_MS).toISOString();

/**
 * Counts one attempt from a client address and answers how many it made in the last minute, this
 * one included: this minute's count plus the previous minute's, weighted by how much of it is still
 * within the last 60 seconds (a sliding window, so a burst across the turn of a minute gets no double
 * allowance). One upsert: PostgreSQL locks the row it increments, so concurrent attempts on any
 * instance each get their own number; SQLite runs writes one at a time.
 */
export async function countAttempt(manager: EntityManager, key: string, at: Date): Promise<number> {
  const current = windowStart(at);
  const previous = windowStart(new Date(at.getTime() - WINDOW_MS));
  const [p1, p2] = sqlPlaceholders(manager, 2);
  const rows: Array<{ attempts: number | string }> = await manager.query(
    `INSERT INTO login_ip_throttle (ip, window_start, attempts) VALUES (${p1}, ${p2}, 1)
     ON CONFLICT (ip, window_start) DO UPDATE SET attempts = login_ip_throttle.attempts + 1 RETURNING attempts`,
    [key, current],
  );
  const before: Array<{ attempts: number | string }> = await manager.query(
    `SELECT attempts FROM login_ip_throttle WHERE ip = ${p1} AND window_start = ${p2}`,
    [key, previous],
  );
  const elapsed = (at.getTime() % WINDOW_MS) / WINDOW_MS;
  return Number(rows[0].attempts) + Number(before[0]?.attempts ?? 0) * (1 - elapsed);
}

/** Deletes the minutes no count reads any more (all but this one and the one before). */
export async function pruneFinishedWindows(manager: EntityManager, at: Date): Promise<void> {
  await manager
    .createQueryBuilder()
    .delete()
    .from('login_ip_throttle')
    .where('window_start < :previous', { previous: windowStart(new Date(at.getTime() - WINDOW_MS)) })
    .execute();
}
