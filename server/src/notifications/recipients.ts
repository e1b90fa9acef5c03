import type { EntityManager } from 'typeorm';
import { type Language, NOTIFICATION_KINDS, type NotificationKind } from '@klch/shared';
import { sqlPlaceholders } from '../database/raw-sql';

export interface Recipient {
  id: number;
  email: string | null;
  language: Language;
  /** The kinds this person also gets by email (every kind unless they chose otherwise). */
  emailKinds: readonly NotificationKind[];
}

/**
 * The active accounts among `ids`, with what their emails need: address, language and choice of
 * kinds. A deactivated account is told nothing (and never sees it: it cannot sign in).
 */
export async function activeRecipients(manager: EntityManager, ids: number[]): Promise<Recipient[]> {
  const wanted = [...new Set(ids)];
  if (!wanted.length) return [];
  const rows: Array<{ id: number | string; email: string | null; language: Language; email_kinds: string | null }> = await manager.query(
    `SELECT u.id AS id, u.email AS email, u.language AS language, p.email_kinds AS email_kinds
       FROM users u LEFT JOIN notification_preferences p ON p.user_id = u.id
      WHERE u.active = ${manager.connection.options.type === 'postgres' ? 'TRUE' : '1'} AND u.id IN (${sqlPlaceholders(manager, wanted.length).join(', ')})
      ORDER BY u.id`,
    wanted,
  );
  return rows.map((row) => ({
    id: Number(row.id),
    email: row.email,
    language: row.language === 'ms' ? 'ms' : 'en',
    emailKinds: row.email_kinds === null ? NOTIFICATION_KINDS : (JSON.parse(row.email_kinds) as NotificationKind[]),
  }));
}
