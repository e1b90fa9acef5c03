import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { MilestoneKind, MilestoneStatus } from '@klch/shared';

@Entity({ name: 'milestones' })
export class MilestoneEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'partnership_id', type: 'integer' })
  partnershipId: number;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'varchar', length: 24 })
  kind: MilestoneKind;

  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn: string | null;

  @Column({ name: 'completed_on', type: 'date', nullable: true })
  completedOn: string | null;

  @Column({ type: 'varchar', length: 16 })
  status: MilestoneStatus;

  @Column({ name: 'owner_id', type: 'integer', nullable: true })
  ownerId: number | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ name: 'completed_by_id', type: 'integer', nullable: true })
  completedById: number | null;

  @Column({ name: 'completed_at', type: 'varchar', length: 24, nullable: true })
  completedAt: string | null;

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
