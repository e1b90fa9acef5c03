import * as argon2 from 'argon2';
import { randomBytes } from 'node:crypto';

/** argon2id with the library's defaults (64 MiB, 3 passes): OWASP's recommended password hash. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/**
 * Checked against a made-up hash when the account does not exist, so a wrong username takes as long
 * as a wrong password and timing does not reveal which usernames are real.
 */
let decoyHash: Promise<string> | null = null;
export async function burnDecoyVerification(password: string): Promise<void> {
  decoyHash ??= hashPassword(randomBytes(16).toString('hex'));
  await verifyPassword(await decoyHash, password);
}

/** A readable random password for demo users: 18 characters from a URL-safe alphabet. */
export function randomPassword(): string {
  return randomBytes(14).toString('base64url').slice(0, 18);
}
