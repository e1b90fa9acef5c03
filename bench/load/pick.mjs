/**
 * Which partnerships the scenarios touch: read from the working copy itself (not archived, so
 * every one can be read and edited), shuffled with the seed so reads spread over the whole table.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import pg from 'pg';
import { mulberry32 } from '../lib/prng.mjs';

export async function pickIds(copy, seed) {
  let ids;
  if (copy.file) {
    const db = new Database(copy.file, { readonly: true, fileMustExist: true });
    ids = db.prepare('SELECT id FROM partnerships WHERE archived_at IS NULL ORDER BY id').pluck().all();
    db.close();
  } else {
    const client = new pg.Client({ connectionString: copy.url });
    await client.connect();
    ids = (await client.query('SELECT id FROM partnerships WHERE archived_at IS NULL ORDER BY id')).rows.map((row) => row.id);
    await client.end();
  }
  const random = mulberry32(seed);
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [ids[i], ids[j]] = [ids[j], ids[i]];
  }
  // The edited ones apart from the read ones, so a read never depends on what the edits did.
  const edited = Math.min(500, Math.floor(ids.length / 4));
  return { update: ids.slice(0, edited), get: ids.slice(edited, edited + 2000), tab: ids.slice(edited, edited + 2000) };
}

/** The records to edit, as a form would have them: read through `server` (the floor: cheapest), written to `file`. */
export async function fetchRecords(server, token, ids, file) {
  const records = new Array(ids.length);
  let next = 0;
  const worker = async () => {
    while (next < ids.length) {
      const index = next++;
      const response = await fetch(`${server.url}/api/partnerships/${ids[index]}`, { headers: { authorization: `Bearer ${token}` } });
      if (!response.ok) throw new Error(`reading partnership ${ids[index]} answered ${response.status}`);
      records[index] = await response.json();
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  fs.writeFileSync(file, JSON.stringify(records));
}
