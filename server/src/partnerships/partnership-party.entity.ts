import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PartyRole } from '@klch/shared';

/** An organisation's part in a partnership (counterpart, nominator, …); one row per organisation and role. */
@Entity({ name: 'partnership_parties' })
export class PartnershipPartyEntity {
  @PrimaryColumn({ name: 'partnership_id', type: 'integer' })
  partnershipId: number;

  @PrimaryColumn({ name: 'organisation_id', type: 'integer' })
  organisationId: number;

  @PrimaryColumn({ type: 'varchar', length: 24 })
  role: PartyRole;

  /** Keeps the parties in the order the officer entered them. */
  @Column({ type: 'integer' })
  position: number;
}
