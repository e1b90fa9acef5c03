import type { EntityManager } from 'typeorm';
import { UserEntity } from './user.entity';

/**
 * Full names of the users a page of records names, in one query (never one per row): for the derived
 * `…Name` fields, since only admins may read the users resource itself.
 */
export async function userNames(manager: EntityManager, ids: Array<number | null>): Promise<Map<number, string>> {
  const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
  if (wanted.length === 0) return new Map();
  const users = await manager.getRepository(UserEntity).createQueryBuilder('u').select(['u.id', 'u.fullName']).where('u.id IN (:...ids)', { ids: wanted }).getMany();
  return new Map(users.map((user) => [user.id, user.fullName]));
}
