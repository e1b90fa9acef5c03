import type { EntityManager } from 'typeorm';
import { SDG_TARGETS } from '@klch/shared';
import { SdgTargetEntity } from '../sdg-targets';

/**
 * Brings the 169 SDG targets in line with `shared` at every start, so a corrected title there
 * reaches the database with the next release. Upserts only: partnerships keep pointing at the same
 * codes. Only the targets that differ are written: on most starts none, so a start commits no write
 * (no fsync on SQLite, no 169 dead rows for PostgreSQL's vacuum).
 */
export async function loadReferenceData(manager: EntityManager): Promise<void> {
  const repository = manager.getRepository(SdgTargetEntity);
  const stored = new Map((await repository.find()).map((row) => [row.code, row]));
  const rows = SDG_TARGETS.map((target, position) => ({ code: target.code, goal: target.goal, title: target.title, position }));
  const changed = rows.filter((row) => {
    const current = stored.get(row.code);
    return !current || current.goal !== row.goal || current.title !== row.title || current.position !== row.position;
  });
  if (changed.length) await repository.upsert(changed, ['code']);
}
