import type { AppConfig } from '../config/app-config';
import { secretFromEnvOrFile } from '../config/generated-secret';

export const JWT_SECRET = Symbol('JWT_SECRET');

/**
 * The key that signs session tokens. Production must set JWT_SECRET (loadConfig refuses to start
 * without it). A demo install generates one at first start and keeps it in the data folder, readable
 * by its owner only, so sessions survive restarts without anyone choosing a weak secret.
 */
export function resolveJwtSecret(config: AppConfig): string {
  return secretFromEnvOrFile(config.jwtSecret, config.dataDir, 'jwt-secret');
}
