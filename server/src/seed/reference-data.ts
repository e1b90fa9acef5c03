import type { EntityManager } from 'typeorm';
import { SDG_TARGETS } from '@klch/shared';
import { SdgTargetEntity } from '../sdg-targets';

/**
 * Loads the 169 SDG targets from `shared` at every start, so a corrected title there reaches the
 * database with the next release. Upserts only: partnerships keep pointing at the same codes.
 */
export async function loadReferenceData(manager: EntityManager): Promise<void> {
  const rows = SDG_TARGETS.map((target, position) => ({ code: target.code, goal: target.goal, title: target.title, position }));
  await manager.getRepository(SdgTargetEntity).upsert(rows, ['code']);
}
