import type { DemoLogin } from '../seed/seed-demo';

export interface StartFacts {
  url: string;
  /** The SQLite file, or "PostgreSQL (DATABASE_URL)". */
  database: string;
  migrationsRun: number;
  /** The new demo database's logins (only on the start that created it). */
  demoLogins: DemoLogin[];
  production: boolean;
}

const RULE = '═'.repeat(78);

/**
 * What the start says last, framed so that it stands apart from the log lines above and below it:
 * where the app is, which database, and on a new demo database the logins (shown only this once;
 * `npm run demo:passwords` sets new ones later).
 */
export function startBanner(facts: StartFacts): string {
  const lines = [
    `KL Partnerships is running at ${facts.url}  (API ${facts.url}/api, docs ${facts.url}/api/docs)`,
    `Database: ${facts.database}${facts.migrationsRun ? ` — applied ${facts.migrationsRun} migration(s)` : ''}`,
  ];
  if (facts.demoLogins.length) {
    lines.push('', 'New demo database with the nine partnerships of the SDG 17 report. Demo logins (shown only this once):');
    for (const login of facts.demoLogins) lines.push(`  ${login.username.padEnd(9)} ${login.role.padEnd(8)} ${login.password}`);
    lines.push('Forgot them? `npm run demo:passwords` sets new ones (demo databases only).');
  } else if (!facts.production) {
    lines.push('Demo logins were printed when this database was created; `npm run demo:passwords` sets new ones.');
  }
  return ['', RULE, ...lines.map((line) => (line ? `  ${line}` : '')), RULE, ''].join('\n') + '\n';
}
