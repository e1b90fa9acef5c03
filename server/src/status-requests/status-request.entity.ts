import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { PartnershipStatus, StatusRequestState } from '@klch/shared';

/** A maker's request to change a partnership's status, waiting for a checker's decision. */
@Entity({ name: 'status_requests' })
export class StatusRequestEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'partnership_id', type: 'integer' })
  partnershipId: number;

  @Column({ name: 'from_status', type: 'varchar', length: 24 })
  fromStatus: PartnershipStatus;

  @Column({ name: 'to_status', type: 'varchar', length: 24 })
  toStatus: PartnershipStatus;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ name: 'effective_date', type: 'date', nullable: true })
  effectiveDate: string | null;

  @Column({ name: 'signed_on', type: 'date', nullable: true })
  signedOn: string | null;

  @Column({ name: 'next_review_on', type: 'date', nullable: true })
  nextReviewOn: string | null;

  @Column({ type: 'varchar', length: 16 })
  state: StatusRequestState;

  @Column({ name: 'base_version', type: 'integer' })
  baseVersion: number;

  @Column({ name: 'requested_by_id', type: 'integer' })
  requestedById: number;

  @Column({ name: 'requested_at', type: 'varchar', length: 24 })
  requestedAt: string;

  @Column({ name: 'decided_by_id', type: 'integer', nullable: true })
  decidedById: number | null;

  @Column({ name: 'decided_at', type: 'varchar', length: 24, nullable: true })
  decidedAt: string | null;

  @Column({ type: 'text', nullable: true })
  comment: string | null;
}
