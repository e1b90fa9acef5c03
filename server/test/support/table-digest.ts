import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';

/** One SHA-256 per table of the database, over all its rows. */
export type TableDigest = Record<string, string>;

/**
 * A fingerprint of every table, to prove a refused request changed nothing: each table's rows as
 * JSON (columns in name order), sorted, hashed. Sorting the rows rather than asking SQL for an
 * order keeps it independent of keys and physical order. Nothing is left out; a caller that
 * expects a change (a 403's access_denied event) names the tables with `changedTables`.
 */
export async function tableDigest(dataSource: DataSource): Promise<TableDigest> {
  const digest: TableDigest = {};
  for (const table of await tableNames(dataSource)) {
    const rows: Array<Record<string, unknown>> = await dataSource.query(`SELECT * FROM ${quote(table)}`);
    const lines = rows
      .map((row) =>
        JSON.stringify(
          Object.keys(row)
            .sort()
            .map((column) => [column, normalise(row[column])]),
        ),
      )
      .sort();
    digest[table] = createHash('sha256').update(lines.join('\n')).digest('hex');
  }
  return digest;
}

/** The tables whose digest differs between two snapshots, in name order. */
export function changedTables(before: TableDigest, after: TableDigest): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((table) => before[table] !== after[table]).sort();
}

async function tableNames(dataSource: DataSource): Promise<string[]> {
  const rows: Array<{ name: string }> =
    dataSource.options.type === 'postgres'
      ? await dataSource.query('SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename')
      : await dataSource.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
  return rows.map((row) => row.name);
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Dates, buffers and big integers as text, so the JSON of a row is the same at every read. */
function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return value.toString('base64');
  if (typeof value === 'bigint') return value.toString();
  return value;
}
