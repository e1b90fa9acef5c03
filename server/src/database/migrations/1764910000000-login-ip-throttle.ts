import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in attempts per client address per minute, kept in the database instead of each process's
 * memory, so every server instance counts against one limit. One row per address and minute; the
 * minutes no count reads any more are deleted (the index on window_start keeps that cheap).
 */
export class LoginIpThrottle1764910000000 implements MigrationInterface {
  name = 'LoginIpThrottle1764910000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE login_ip_throttle (
      ip VARCHAR(64) NOT NULL,
      window_start VARCHAR(24) NOT NULL,
      attempts INTEGER NOT NULL,
      PRIMARY KEY (ip, window_start)
    )`);
    await runner.query(`CREATE INDEX login_ip_throttle_window ON login_ip_throttle (window_start)`);
  }

  async down(): Promise<void> {
    throw new Error('This migration is not reversible: restore from a backup instead.');
  }
}
