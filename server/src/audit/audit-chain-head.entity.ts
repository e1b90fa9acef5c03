import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The newest event's sequence number and hash, in one row. Appending locks this row (database/locks.ts;
 * the write queue on SQLite) so concurrent writers never fork the chain.
 */
@Entity({ name: 'audit_chain_head' })
export class AuditChainHeadEntity {
  @PrimaryColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'integer' })
  seq: number;

  @Column({ type: 'varchar', length: 64 })
  hash: string;
}
