import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { OrganisationType } from '@klch/shared';

@Entity({ name: 'organisations' })
export class OrganisationEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 300 })
  name: string;

  /** Other names people search by ("TMG" for Tokyo Metropolitan Government). */
  @Column({ type: 'simple-json' })
  aliases: string[];

  @Column({ type: 'varchar', length: 40 })
  type: OrganisationType;

  @Column({ type: 'varchar', length: 2 })
  country: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  city: string | null;

  /** Where the partners' map places it, in decimal degrees; both or neither (the migration checks). */
  @Column({ type: 'double precision', nullable: true })
  latitude: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude: number | null;

  @Column({ name: 'parent_id', type: 'integer', nullable: true })
  parentId: number | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  website: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ name: 'is_demo_data', type: 'boolean', default: false })
  isDemoData: boolean;

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
