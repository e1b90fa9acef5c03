import type { EntityManager } from 'typeorm';

/**
 * The next reference code for a year, e.g. KLCH-IR-2024-007. The counter is one row per year,
 * bumped with an upsert inside the creating transaction, so two creations never get the same code
 * (PostgreSQL locks the row; SQLite runs writes one at a time).
 */
export async function nextPartnershipCode(manager: EntityManager, year: number): Promise<string> {
  const scope = `KLCH-IR-${year}`;
  const pg = manager.connection.options.type === 'postgres';
  const sql = pg
    ? `INSERT INTO code_sequences (scope, last_value) VALUES ($1, 1)
       ON CONFLICT (scope) DO UPDATE SET last_value = code_sequences.last_value + 1 RETURNING last_value`
    : `INSERT INTO code_sequences (scope, last_value) VALUES (?, 1)
       ON CONFLICT (scope) DO UPDATE SET last_value = code_sequences.last_value + 1 RETURNING last_value`;
  const rows: Array<{ last_value: number | string }> = await manager.query(sql, [scope]);
  const value = Number(rows[0].last_value);
  return `${scope}-${String(value).padStart(3, '0')}`;
}
