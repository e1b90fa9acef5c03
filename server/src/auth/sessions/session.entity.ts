import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One sign-in: a browser or a script holding a token. The token carries this row's id, and is
 * accepted only while the row is there (and the user's token version is the one it was issued
 * under), so ending a session is deleting its row, and it takes effect on the next request, on
 * every server instance sharing the database. The audit trail keeps who ended which.
 */
@Entity({ name: 'sessions' })
export class SessionEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'user_id', type: 'integer' })
  userId: number;

  /** The user's token version at sign-in: once it moves on (sign out everywhere, a password or role change) the row is dead. */
  @Column({ name: 'token_version', type: 'integer' })
  tokenVersion: number;

  /** Readable, e.g. "Chromium on Linux" (see device-label.ts). */
  @Column({ type: 'varchar', length: 100 })
  device: string;

  @Column({ name: 'user_agent', type: 'varchar', length: 500, nullable: true })
  userAgent: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  @Column({ name: 'created_at', type: 'varchar', length: 24 })
  createdAt: string;

  @Column({ name: 'last_seen_at', type: 'varchar', length: 24 })
  lastSeenAt: string;

  @Column({ name: 'expires_at', type: 'varchar', length: 24 })
  expiresAt: string;
}
