import type { EntityManager } from 'typeorm';

/**
 * Which of these usernames failed sign-ins lock out now, and until when: the login throttle's
 * rows (auth/login-throttle.ts writes them, keyed by the lower-cased name typed). Read here by
 * table name, as users sits below auth (auth imports users). One query for a whole page.
 */
export async function lockoutsOf(manager: EntityManager, usernames: string[]): Promise<Map<string, string>> {
  if (usernames.length === 0) return new Map();
  const rows = await manager
    .createQueryBuilder()
    .select('t.username', 'username')
    .addSelect('t.locked_until', 'lockedUntil')
    .from('login_throttle', 't')
    .where('t.username IN (:...usernames)', { usernames })
    // ISO timestamps compare as text, as the throttle itself compares them. A read, so the clock's now.
    .andWhere('t.locked_until > :now', { now: new Date().toISOString() })
    .getRawMany<{ username: string; lockedUntil: string }>();
  return new Map(rows.map((row) => [row.username, String(row.lockedUntil)]));
}
