import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Reference data: the 169 SDG targets, loaded from `shared` at every start. */
@Entity({ name: 'sdg_targets' })
export class SdgTargetEntity {
  @PrimaryColumn({ type: 'varchar', length: 8 })
  code: string;

  @Column({ type: 'integer' })
  goal: number;

  @Column({ type: 'text' })
  title: string;

  /** The official order (1.1 … 1.5, 1.a, 1.b, 2.1 …): code text does not sort that way. */
  @Column({ type: 'integer' })
  position: number;
}
