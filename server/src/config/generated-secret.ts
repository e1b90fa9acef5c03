import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { ConfigError } from './app-config';

/** The shortest secret accepted, from the environment or from a file. */
const MIN_SECRET_LENGTH = 32;

/**
 * A secret from the environment when set (loadConfig has checked it, and production requires it);
 * otherwise one generated at first start and kept in `<dataDir>/<fileName>`, readable by its owner
 * only, so a demo install keeps it across restarts without anyone choosing a weak one.
 * Two processes starting at once on one data folder agree on the same file.
 */
export function secretFromEnvOrFile(configured: string | null, dataDir: string, fileName: string): string {
  if (configured) return configured;
  const file = path.join(dataDir, fileName);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    const secret = randomBytes(48).toString('base64url');
    try {
      fs.writeFileSync(file, secret + '\n', { mode: 0o600, flag: 'wx' });
      return secret;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // Another process created it first: use theirs.
    }
  }
  const secret = fs.readFileSync(file, 'utf8').trim();
  if (secret.length < MIN_SECRET_LENGTH) {
    throw new ConfigError(
      `${file} holds a secret shorter than ${MIN_SECRET_LENGTH} characters: delete the file to have a new one generated, or set the key in the environment.`,
    );
  }
  return secret;
}
