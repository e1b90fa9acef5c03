import { NotADemoDatabaseError, resetDemoPasswords } from '../../src/seed/demo-passwords';
import { DB_KIND, DEMO_PASSWORD, startTestApp, type TestApp } from '../support/test-app';

describe(`npm run demo:passwords: new passwords for the demo accounts of a demo database (${DB_KIND})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('gives every demo account a new password that signs in, the old one no longer does, and each reset is audited', async () => {
    const officerId = await t.idOf('users', 'username', 'officer');
    const updates = async () => (await t.eventsOf('users', officerId)).filter((event) => event.action === 'update');
    const before = (await updates()).length;
    const logins = await resetDemoPasswords(t.app, null);
    expect(logins.map((login) => login.username).sort()).toEqual(['admin', 'auditor', 'manager', 'manager2', 'officer']);
    expect(new Set(logins.map((login) => login.password)).size).toBe(logins.length);
    const officer = logins.find((login) => login.username === 'officer')!;
    await expect(t.login('officer', officer.password)).resolves.toEqual(expect.any(String));
    const old = await t.http().post('/api/auth/login').send({ username: 'officer', password: DEMO_PASSWORD });
    expect(old.status).toBe(401);
    // Sign-ins are events of the account too: only the resets count here.
    const events = await updates();
    expect(events.length).toBe(before + 1);
    const last = events[events.length - 1];
    expect(last.action).toBe('update');
    expect(JSON.stringify(last)).not.toContain(officer.password);
  });

  it('sets the given DEMO_PASSWORD for all, and refuses one the password policy refuses', async () => {
    const logins = await resetDemoPasswords(t.app, DEMO_PASSWORD);
    expect(logins.every((login) => login.password === DEMO_PASSWORD)).toBe(true);
    await expect(t.login('auditor', DEMO_PASSWORD)).resolves.toEqual(expect.any(String));
    await expect(resetDemoPasswords(t.app, 'short')).rejects.toThrow(/DEMO_PASSWORD is refused/);
  });

  it('refuses a database without demo data, changing nothing', async () => {
    await t.sql(`UPDATE partnerships SET is_demo_data = $1`, [DB_KIND === 'sqlite' ? 0 : false]);
    const users = await t.sql('SELECT username, password_hash FROM users ORDER BY username');
    await expect(resetDemoPasswords(t.app, null)).rejects.toThrow(NotADemoDatabaseError);
    expect(await t.sql('SELECT username, password_hash FROM users ORDER BY username')).toEqual(users);
  });
});
