import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Alignment, Instrument, PartnershipCategory, PartnershipStatus } from '@klch/shared';

@Entity({ name: 'partnerships' })
export class PartnershipEntity {
  @PrimaryGeneratedColumn()
  id: number;

  /** Generated at creation, e.g. KLCH-IR-2024-007; never changes. */
  @Column({ type: 'varchar', length: 32, unique: true })
  code: string;

  @Column({ type: 'varchar', length: 500 })
  title: string;

  @Column({ name: 'title_ms', type: 'varchar', length: 500, nullable: true })
  titleMs: string | null;

  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Column({ type: 'varchar', length: 40 })
  category: PartnershipCategory;

  @Column({ type: 'varchar', length: 40 })
  instrument: Instrument;

  @Column({ type: 'varchar', length: 24 })
  status: PartnershipStatus;

  @Column({ name: 'status_reason', type: 'text', nullable: true })
  statusReason: string | null;

  @Column({ type: 'simple-json' })
  themes: string[];

  @Column({ type: 'simple-json' })
  alignment: Alignment[];

  @Column({ name: 'lead_department', type: 'varchar', length: 200, nullable: true })
  leadDepartment: string | null;

  @Column({ name: 'owner_id', type: 'integer', nullable: true })
  ownerId: number | null;

  @Column({ name: 'proposed_on', type: 'date', nullable: true })
  proposedOn: string | null;

  @Column({ name: 'signed_on', type: 'date', nullable: true })
  signedOn: string | null;

  @Column({ name: 'effective_from', type: 'date', nullable: true })
  effectiveFrom: string | null;

  @Column({ name: 'expires_on', type: 'date', nullable: true })
  expiresOn: string | null;

  @Column({ name: 'next_review_on', type: 'date', nullable: true })
  nextReviewOn: string | null;

  @Column({ name: 'is_demo_data', type: 'boolean', default: false })
  isDemoData: boolean;

  /** Says which details of a demo record are invented, so nobody takes them for facts. */
  @Column({ name: 'demo_note', type: 'text', nullable: true })
  demoNote: string | null;

  @Column({ name: 'archived_at', type: 'varchar', length: 24, nullable: true })
  archivedAt: string | null;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ name: 'created_at', type: 'varchar', length: 24 })
  createdAt: string;

  @Column({ name: 'updated_at', type: 'varchar', length: 24 })
  updatedAt: string;

  @Column({ name: 'created_by_id', type: 'integer', nullable: true })
  createdById: number | null;

  @Column({ name: 'updated_by_id', type: 'integer', nullable: true })
  updatedById: number | null;
}
