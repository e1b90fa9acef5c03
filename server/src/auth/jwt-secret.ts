import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { AppConfig } from '../config/app-config';

export const JWT_SECRET = Symbol('JWT_SECRET');

/**
 * The key that signs session tokens. Production must set JWT_SECRET (loadConfig refuses to start
 * without it). A demo install generates one at first start and keeps it in the data folder, readable
 * by its owner only, so sessions survive restarts without anyone choosing a weak secret.
 */
export function resolveJwtSecret(config: AppConfig): string {
  if (config.jwtSecret) return config.jwtSecret;
  const file = path.join(config.dataDir, 'jwt-secret');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(config.dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  fs.writeFileSync(file, secret + '\n', { mode: 0o600, flag: 'wx' });
  return secret;
}
