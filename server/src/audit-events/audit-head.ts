import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AppConfig } from '../config/app-config';
import { secretFromEnvOrFile } from '../config/generated-secret';

/** Injection token of the key that signs exported chain heads. */
export const AUDIT_HEAD_KEY = Symbol('AUDIT_HEAD_KEY');

/**
 * The head-signing key: AUDIT_HEAD_KEY (required in production), else generated once into
 * `<dataDir>/audit-head-key`. Never in the database, so rewriting the database cannot forge a head.
 */
export function resolveAuditHeadKey(config: AppConfig): string {
  return secretFromEnvOrFile(config.auditHeadKey, config.dataDir, 'audit-head-key');
}

/** What a signature covers: `${seq}:${hash}`. */
export function signHead(key: string, seq: number, hash: string): string {
  return createHmac('sha256', key).update(`${seq}:${hash}`).digest('hex');
}

export function headSignatureMatches(key: string, seq: number, hash: string, signature: string): boolean {
  const expected = Buffer.from(signHead(key, seq, hash), 'hex');
  const given = Buffer.from(signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
