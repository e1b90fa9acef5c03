#!/usr/bin/env node
/**
 * Starts the floor: `DATABASE_URL=sqlite:… | postgres://… JWT_SECRET=… PORT=… node bench/floor/main.mjs`.
 * The bench starts it beside the app on the same database (bench/load/servers.mjs).
 */
import { openDatabase } from './db.mjs';
import { createFloorServer } from './server.mjs';

const { DATABASE_URL, JWT_SECRET, PORT = '3100', HOST = '127.0.0.1', NODE_ENV } = process.env;
if (!DATABASE_URL || !JWT_SECRET) {
  process.stderr.write('The floor needs DATABASE_URL and JWT_SECRET (the app’s).\n');
  process.exit(1);
}
const db = openDatabase(DATABASE_URL);
const server = createFloorServer({ db, jwtSecret: JWT_SECRET, production: NODE_ENV === 'production' });
server.listen(Number(PORT), HOST, () => process.stderr.write(`floor on http://${HOST}:${PORT} (${db.dialect})\n`));
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.once(signal, () => server.close(() => Promise.resolve(db.close()).then(() => process.exit(0))));
}
