import { Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'partnership_sdg_targets' })
export class PartnershipSdgTargetEntity {
  @PrimaryColumn({ name: 'partnership_id', type: 'integer' })
  partnershipId: number;

  @PrimaryColumn({ name: 'target_code', type: 'varchar', length: 8 })
  targetCode: string;
}
