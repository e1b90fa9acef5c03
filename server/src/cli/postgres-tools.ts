import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * pg_dump and pg_restore, as installed: on the PATH, or under Debian's /usr/lib/postgresql/<version>/bin
 * (newest first: a newer pg_dump reads older servers, not the other way round).
 */
export function findPostgresTool(name: 'pg_dump' | 'pg_restore'): string {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && fs.existsSync(path.join(dir, name))) return path.join(dir, name);
  }
  const debian = '/usr/lib/postgresql';
  const versions = fs.existsSync(debian) ? fs.readdirSync(debian).sort((a, b) => Number(b) - Number(a)) : [];
  for (const version of versions) {
    const candidate = path.join(debian, version, 'bin', name);
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new Error(`${name} was not found on the PATH or under ${debian}/*/bin: install PostgreSQL's client tools (Debian: postgresql-client).`);
}

/**
 * The libpq environment for a postgres:// URL, so the password never appears on a command line
 * (where `ps` shows it to every user of the machine).
 */
export function libpqEnvironment(url: string): { env: NodeJS.ProcessEnv; database: string } {
  const parsed = new URL(url);
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (!database) throw new Error('DATABASE_URL names no database (postgres://user:password@host:5432/DATABASE).');
  const env: NodeJS.ProcessEnv = { ...process.env, PGHOST: parsed.hostname || 'localhost', PGPORT: parsed.port || '5432', PGDATABASE: database };
  if (parsed.username) env.PGUSER = decodeURIComponent(parsed.username);
  if (parsed.password) env.PGPASSWORD = decodeURIComponent(parsed.password);
  const sslmode = parsed.searchParams.get('sslmode');
  if (sslmode) env.PGSSLMODE = sslmode;
  return { env, database };
}

/** Runs a PostgreSQL tool to the end; its own messages go to our stderr. */
export function runTool(tool: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(tool)} failed (${signal ?? `exit code ${code}`}); its message is above.`)),
    );
  });
}
