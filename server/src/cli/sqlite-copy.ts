import Database from 'better-sqlite3';

/**
 * Copies a SQLite database with SQLite's online backup API while the server keeps writing: the copy
 * is one consistent moment, including what is still in the WAL. (Copying the file with `cp` misses
 * the WAL and can catch a half-written page.) All pages are copied in one step, so a write by the
 * server in between cannot make the backup start over again and again.
 */
export async function backupSqlite(source: string, destination: string): Promise<{ pages: number }> {
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const progress = await db.backup(destination, { progress: () => 0x7fffffff });
    return { pages: progress.totalPages };
  } finally {
    db.close();
  }
}

/** `PRAGMA integrity_check` and the audit chain head of a SQLite file. */
export function inspectSqlite(file: string): { integrity: string; head: { seq: number; hash: string } | null } {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = (db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((row) => row.integrity_check).join('; ');
    const head = db.prepare('SELECT seq, hash FROM audit_chain_head WHERE id = 1').get() as { seq: number; hash: string } | undefined;
    return { integrity, head: head ?? null };
  } finally {
    db.close();
  }
}
