import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Sign-in attempts from one client address in one minute, shared by every server instance. */
@Entity({ name: 'login_ip_throttle' })
export class LoginIpThrottleEntity {
  /** The client's address (an IPv6 one as its /64 network), as client-address.ts keys it. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  ip: string;

  /** The minute's start, ISO 8601. */
  @PrimaryColumn({ name: 'window_start', type: 'varchar', length: 24 })
  windowStart: string;

  @Column({ type: 'integer' })
  attempts: number;
}
