import 'reflect-metadata';
import { resetDemoPasswords } from '../seed/demo-passwords';
import { migrateDatabase } from '../startup/prepare-database';
import { withAppContext } from './app-context';

/**
 * `npm run demo:passwords`: new passwords for the demo accounts (officer, manager, manager2,
 * auditor, admin) of a demo database, printed once; with DEMO_PASSWORD set, that one for all.
 * Refused in production and on a database without demo data. Each reset is in the audit trail.
 */
void withAppContext(async (app, config) => {
  if (config.production) throw new Error('demo:passwords is for demo databases, and this is a production configuration (NODE_ENV=production).');
  await migrateDatabase(app);
  const logins = await resetDemoPasswords(app, config.demoPassword);
  const rule = '═'.repeat(78);
  const lines = logins.map((login) => `    ${login.username.padEnd(9)} ${login.role.padEnd(8)} ${login.password}`);
  process.stdout.write(
    `\n${rule}\n  New demo passwords (their old sessions have ended; each reset is in the audit trail):\n${lines.join('\n')}\n${rule}\n\n`,
  );
});
