import 'reflect-metadata';
import { MailDeliverer } from '../notifications';
import { RemindersService } from '../reminders';
import { migrateDatabase } from '../startup/prepare-database';
import { withAppContext } from './app-context';

/**
 * `npm run reminders`: sends the reminders due now, as POST /api/reminders/run does (each at most
 * once per record, threshold and person, so running it again, or beside the daily job, sends nothing
 * twice), waits for their emails to be handed to the SMTP server, and prints what was sent.
 */
void withAppContext(async (app) => {
  await migrateDatabase(app);
  const result = await app.get(RemindersService).run({ id: null, name: 'command line (reminders)', role: null, requestId: null });
  await app.get(MailDeliverer).idle();
  const sent = Object.entries(result.sent);
  process.stdout.write(
    `Reminders for ${result.day}: ${sent.length ? sent.map(([kind, n]) => `${n} ${kind}`).join(', ') : 'none due'}` +
      ` (${result.alreadySent} already sent before, not sent again).\n`,
  );
});
