import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-ins per account name, kept in the database so a lockout holds across restarts and
 * across server instances. Keyed by the name typed, whether or not such an account exists, so the
 * answer never tells an attacker which usernames are real.
 */
@Entity({ name: 'login_throttle' })
export class LoginThrottleEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  username: string;

  @Column({ type: 'integer', default: 0 })
  failures: number;

  @Column({ name: 'first_failure_at', type: 'varchar', length: 24 })
  firstFailureAt: string;

  @Column({ name: 'locked_until', type: 'varchar', length: 24, nullable: true })
  lockedUntil: string | null;
}
