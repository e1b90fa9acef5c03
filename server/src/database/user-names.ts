import type { EntityManager } from 'typeorm';
import { sqlPlaceholders } from './raw-sql';

/** A user id's full name, or null (no id, or no such user). */
export type NameOf = (id: number | null) => string | null;

/**
 * Full names of the users a page of records names (owner, creator, decider…), in one query, never
 * one per row: for the derived `…Name` fields, since only admins may read the users resource itself.
 * Every record's `…ById` column refers to `users`, so the names are read from that table here, in
 * the database layer, rather than through the users feature (which every feature would then import).
 */
export async function userNames(manager: EntityManager, ids: Array<number | null>): Promise<NameOf> {
  const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
  const names = new Map<number, string>();
  if (wanted.length) {
    const rows: Array<{ id: number | string; full_name: string }> = await manager.query(
      `SELECT u.id AS id, u.full_name AS full_name FROM users u WHERE u.id IN (${sqlPlaceholders(manager, wanted.length).join(', ')})`,
      wanted,
    );
    for (const row of rows) names.set(Number(row.id), row.full_name);
  }
  return (id) => (id === null ? null : (names.get(id) ?? null));
}
