import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { isRole, ROLES } from '@klch/shared';
import { validate } from 'class-validator';
import { plainToInstance } from 'class-transformer';
import { flattenValidationErrors } from '../common/errors/validation-errors';
import { migrateDatabase } from '../startup/prepare-database';
import { CreateUserDto } from '../users/dto/create-user.dto';
import { UsersService } from '../users';
import { withAppContext } from './app-context';
import { readPassword } from './read-password';

/**
 * `npm run user:create -- --username aminah --role admin [--full-name "Aminah Yusof"] [--email …]`
 * Creates an account; the password is asked for twice on the terminal (or read from stdin when piped),
 * never taken from the command line where shell history and `ps` would keep it.
 */
const USAGE = `Usage: npm run user:create -- --username NAME --role ${ROLES.join('|')} [--full-name "Full Name"] [--email address]`;

void withAppContext(async (app) => {
  const { values } = parseArgs({
    options: { username: { type: 'string' }, role: { type: 'string' }, 'full-name': { type: 'string' }, email: { type: 'string' } },
  });
  if (!values.username || !values.role || !isRole(values.role)) throw new Error(USAGE);

  const password = await readPassword(`Password for ${values.username}: `);
  if (process.stdin.isTTY && (await readPassword('Repeat the password: ')) !== password) throw new Error('The two passwords differ.');

  const dto = plainToInstance(CreateUserDto, {
    username: values.username,
    fullName: values['full-name'] ?? values.username,
    email: values.email ?? null,
    role: values.role,
    password,
  });
  const errors = flattenValidationErrors(await validate(dto));
  if (Object.keys(errors).length) throw new Error(Object.values(errors).join('; '));

  await migrateDatabase(app);
  const user = await app.get(UsersService).create(dto, { id: null, name: 'command line (user:create)', role: null, requestId: null });
  process.stdout.write(`Created ${user.role} "${user.username}" (id ${user.id}).\n`);
});
