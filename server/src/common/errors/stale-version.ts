import type { EntityManager } from 'typeorm';
import { UserEntity } from '../../users/user.entity';
import { StaleVersionException } from './business-errors';

/** The 409 for a record someone else changed, naming who and when (read from the record as it is now). */
export async function staleVersionError(
  manager: EntityManager,
  entityLabel: string,
  current: { version: number; updatedAt: string; updatedById: number | null },
): Promise<StaleVersionException> {
  const editor = current.updatedById
    ? await manager.getRepository(UserEntity).findOne({ where: { id: current.updatedById }, select: ['id', 'fullName'] })
    : null;
  return new StaleVersionException(entityLabel, { version: current.version, updatedAt: current.updatedAt, updatedBy: editor?.fullName ?? null });
}
