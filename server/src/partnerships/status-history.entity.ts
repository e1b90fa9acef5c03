import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PartnershipStatus } from '@klch/shared';

/** One applied status change, written in the same transaction as the change itself. */
@Entity({ name: 'partnership_status_history' })
export class StatusHistoryEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'partnership_id', type: 'integer' })
  partnershipId: number;

  /** Null for the status a partnership was created with. */
  @Column({ name: 'from_status', type: 'varchar', length: 24, nullable: true })
  fromStatus: PartnershipStatus | null;

  @Column({ name: 'to_status', type: 'varchar', length: 24 })
  toStatus: PartnershipStatus;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'effective_date', type: 'date', nullable: true })
  effectiveDate: string | null;

  @Column({ name: 'request_id', type: 'integer', nullable: true })
  requestId: number | null;

  @Column({ name: 'requested_by_id', type: 'integer', nullable: true })
  requestedById: number | null;

  @Column({ name: 'requested_at', type: 'varchar', length: 24, nullable: true })
  requestedAt: string | null;

  @Column({ name: 'decided_by_id', type: 'integer', nullable: true })
  decidedById: number | null;

  @Column({ name: 'decided_at', type: 'varchar', length: 24 })
  decidedAt: string;

  @Column({ type: 'text', nullable: true })
  comment: string | null;
}
