import type { EntityManager } from 'typeorm';
import type { PartnershipStatus } from '@klch/shared';
import { StatusHistoryEntity } from './status-history.entity';

/**
 * The first row of a partnership's status history: the status it was created with. Called by
 * PartnershipsService.create inside the creating transaction.
 */
export async function recordInitialStatus(
  manager: EntityManager,
  partnership: { id: number; status: PartnershipStatus; statusReason: string | null; createdAt: string; createdById: number | null },
): Promise<void> {
  await manager.insert(StatusHistoryEntity, {
    partnershipId: partnership.id,
    fromStatus: null,
    toStatus: partnership.status,
    reason: partnership.statusReason,
    effectiveDate: null,
    requestId: null,
    requestedById: null,
    requestedAt: null,
    decidedById: partnership.createdById,
    decidedAt: partnership.createdAt,
    comment: null,
  });
}
