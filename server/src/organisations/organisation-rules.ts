import type { EntityManager } from 'typeorm';
import { ruleViolation } from '../common/errors/http-errors';
import { OrganisationEntity } from './organisation.entity';
import { fieldRef, msg } from '../common/i18n/message';

/** Of these ids, the ones no organisation has: for the records that name organisations (parties). */
export async function unknownOrganisations(manager: EntityManager, ids: number[]): Promise<Set<number>> {
  const wanted = [...new Set(ids)];
  if (!wanted.length) return new Set();
  const found = await manager
    .getRepository(OrganisationEntity)
    .createQueryBuilder('o')
    .select('o.id')
    .where('o.id IN (:...ids)', { ids: wanted })
    .getMany();
  const known = new Set(found.map((organisation) => organisation.id));
  return new Set(wanted.filter((id) => !known.has(id)));
}

/** The parent must exist and must not be the organisation itself or one of its descendants. */
export async function checkParent(manager: EntityManager, id: number | null, parentId: number): Promise<void> {
  const repository = manager.getRepository(OrganisationEntity);
  let cursor: number | null = parentId;
  for (let depth = 0; cursor !== null; depth++) {
    if (cursor === id || depth > 50) throw ruleViolation(msg('organisations.loop'), { parentId: msg('organisations.loopField') });
    const parent: OrganisationEntity | null = await repository.findOne({ where: { id: cursor }, select: ['id', 'parentId'] });
    if (!parent) throw ruleViolation(msg('organisations.missing', { id: cursor }), { parentId: msg('organisations.missingField', { id: cursor }) });
    cursor = parent.parentId;
  }
}

/** A place on the map needs both coordinates: one alone is refused (as saved, so a PUT that clears one half is too). */
export function checkCoordinates(latitude: number | null, longitude: number | null): void {
  if ((latitude === null) === (longitude === null)) return;
  const [missing, given] = latitude === null ? ['latitude', 'longitude'] : ['longitude', 'latitude'];
  throw ruleViolation(msg('organisations.coordinates', { given: fieldRef(given), missing: fieldRef(missing) }), {
    [missing]: msg('organisations.coordinatesField', { field: fieldRef(missing), other: fieldRef(given) }),
  });
}
