import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Language, Role } from '@klch/shared';

@Entity({ name: 'users' })
export class UserEntity {
  @PrimaryGeneratedColumn()
  id: number;

  /** Stored in lower case: usernames are compared without regard to case. */
  @Column({ type: 'varchar', length: 64, unique: true })
  username: string;

  @Column({ name: 'full_name', type: 'varchar', length: 200 })
  fullName: string;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 16 })
  role: Role;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'varchar', length: 2, default: 'en' })
  language: Language;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash: string;

  /** Part of every token: raising it revokes every token the user holds (sign out everywhere, a password or role change, deactivation). */
  @Column({ name: 'token_version', type: 'integer', default: 1 })
  tokenVersion: number;

  /**
   * Set once the account holds the admin role, never cleared: such an account never decides
   * status-change requests, even after its role changes (separation of duties).
   */
  @Column({ name: 'ever_admin', type: 'boolean', default: false })
  everAdmin: boolean;

  @Column({ name: 'last_login_at', type: 'varchar', length: 24, nullable: true })
  lastLoginAt: string | null;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ name: 'created_at', type: 'varchar', length: 24 })
  createdAt: string;

  @Column({ name: 'updated_at', type: 'varchar', length: 24 })
  updatedAt: string;

  @Column({ name: 'updated_by_id', type: 'integer', nullable: true })
  updatedById: number | null;
}
