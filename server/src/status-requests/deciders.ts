import type { EntityManager } from 'typeorm';
import { sqlPlaceholders } from '../database/raw-sql';

/**
 * The accounts that may decide a request made by `requesterId`: active managers other than the
 * requester (four-eyes) who never held the admin role (separation of duties). Who is told a request
 * waits, and who a late one is escalated to.
 */
export async function decidersOf(manager: EntityManager, requesterId: number): Promise<number[]> {
  const yes = manager.connection.options.type === 'postgres' ? 'TRUE' : '1';
  const no = manager.connection.options.type === 'postgres' ? 'FALSE' : '0';
  const [p1] = sqlPlaceholders(manager, 1);
  const rows: Array<{ id: number | string }> = await manager.query(
    `SELECT id FROM users WHERE role = 'manager' AND active = ${yes} AND ever_admin = ${no} AND id <> ${p1} ORDER BY id`,
    [requesterId],
  );
  return rows.map((row) => Number(row.id));
}
