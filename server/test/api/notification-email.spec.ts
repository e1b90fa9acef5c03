import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { MailDeliverer } from '../../src/notifications';
import { bearer, DB_KIND, startTestApp, type TestApp } from '../support/test-app';

interface Received {
  to: string;
  raw: string;
}

/**
 * Email through a real SMTP server started here (the `smtp-server` package): written to the outbox
 * in the change's transaction, delivered after commit, in the recipient's language, text and HTML,
 * with a link and no token; a refused send is retried and recorded, never lost; no SMTP_URL, no mail.
 */
describe(`notification email (${DB_KIND})`, () => {
  let t: TestApp;
  let smtp: SMTPServer;
  const received: Received[] = [];
  /** How many of the next messages the server refuses (a temporary failure, 451). */
  let refuseNext = 0;
  const tokens: Record<string, string> = {};
  let tokyoOrgId: number;

  const waitFor = async <T>(probe: () => T | undefined | Promise<T | undefined>, what: string): Promise<T> => {
    for (let i = 0; i < 100; i++) {
      const found = await probe();
      if (found !== undefined) return found;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`timed out waiting for ${what}`);
  };
  const mailTo = (address: string, from = 0) => waitFor(() => received.slice(from).find((mail) => mail.to === address), `a mail to ${address}`);
  /** A MIME part's text, undoing quoted-printable soft breaks and escapes. */
  const decoded = (raw: string) => raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  const utf8 = (raw: string) => Buffer.from(decoded(raw), 'latin1').toString('utf8');

  const partnership = async (title: string, titleMs: string | null = null) => {
    const response = await t
      .http()
      .post('/api/partnerships')
      .set(bearer(tokens.officer))
      .send({ title, titleMs, category: 'international_city', instrument: 'mou', parties: [{ organisationId: tokyoOrgId, role: 'counterpart' }] });
    expect(response.status).toBe(201);
    return response.body as { id: number };
  };
  const requestChange = async (partnershipId: number) => {
    const response = await t.http().post('/api/status-requests').set(bearer(tokens.officer)).send({ partnershipId, toStatus: 'proposed' });
    expect(response.status).toBe(201);
    return response.body as { id: number };
  };

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        let raw = '';
        stream.setEncoding('utf8');
        stream.on('data', (chunk: string) => (raw += chunk));
        stream.on('end', () => {
          if (refuseNext > 0) {
            refuseNext -= 1;
            const error = Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 });
            return callback(error);
          }
          for (const to of session.envelope.rcptTo) received.push({ to: to.address, raw });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as AddressInfo).port;
    t = await startTestApp({
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      MAIL_FROM: 'KL Partnerships <partnerships@dbkl.test>',
      PUBLIC_URL: 'https://partnerships.dbkl.test',
    });
    for (const username of ['officer', 'manager', 'manager2']) tokens[username] = await t.login(username);
    tokyoOrgId = await t.idOf('organisations', 'name', 'Tokyo Metropolitan Government');
    // The officer reads Malay, the managers English; manager2 has no address.
    await t.sql("UPDATE users SET email = 'officer@dbkl.test', language = 'ms' WHERE username = 'officer'");
    await t.sql("UPDATE users SET email = 'manager@dbkl.test', language = 'en' WHERE username = 'manager'");
    await t.sql("UPDATE users SET email = NULL WHERE username = 'manager2'");
  });
  afterAll(async () => {
    await t.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it('tells the manager in English and the officer in Malay, text and HTML, with a link to the record and no token', async () => {
    const p = await partnership('Sister city nomination: Zhengzhou', 'Pencalonan bandar kembar: Zhengzhou');
    const request = await requestChange(p.id);
    const toManager = await mailTo('manager@dbkl.test');
    // Long header lines are folded onto the next line; unfolded, the subject reads whole.
    expect(toManager.raw.replace(/\r?\n[ \t]+/g, ' ')).toMatch(
      /^Subject: \[KL Partnerships\] To decide: Proposed for Sister city nomination: Zhengzhou$/m,
    );
    expect(toManager.raw).toMatch(/^From: KL Partnerships <partnerships@dbkl\.test>/m);
    expect(decoded(toManager.raw)).toContain('Demo Officer asks to change Sister city nomination: Zhengzhou from Draft to Proposed.');
    expect(toManager.raw).toMatch(/Content-Type: text\/plain/);
    expect(toManager.raw).toMatch(/Content-Type: text\/html/);
    expect(decoded(toManager.raw)).toContain(`https://partnerships.dbkl.test/#/partnerships/${p.id}/show`);
    expect(decoded(toManager.raw)).not.toMatch(/token|eyJ/i);

    const mark = received.length;
    expect((await t.http().post(`/api/status-requests/${request.id}/approve`).set(bearer(tokens.manager)).send({ comment: 'Setuju.' })).status).toBe(
      200,
    );
    const toOfficer = await mailTo('officer@dbkl.test', mark);
    const body = utf8(toOfficer.raw);
    expect(body).toContain(
      'Demo Manager telah meluluskan permohonan anda untuk menukar Pencalonan bandar kembar: Zhengzhou daripada Draf kepada Dicadangkan.',
    );
    expect(body).toContain('Ulasan: Setuju.');
    expect(body).toContain('<html lang="ms">');
    // Nobody without an address is mailed, and each email is recorded as sent.
    expect(received.some((mail) => mail.to.includes('manager2'))).toBe(false);
    const rows = await t.sql<{ sent_at: string | null; language: string }>('SELECT sent_at, language FROM mail_outbox ORDER BY id');
    expect(rows.map((row) => row.language)).toEqual(['en', 'ms']);
    await waitFor(
      async () => ((await t.sql('SELECT id FROM mail_outbox WHERE sent_at IS NULL')).length === 0 ? true : undefined),
      'every email sent',
    );
  });

  it('a refused send is retried later and recorded; the request that caused it did not wait or fail', async () => {
    refuseNext = 1;
    const mark = received.length;
    await requestChange((await partnership('Email test: retried')).id);
    const [failed] = await waitFor(async () => {
      const rows = await t.sql<{ id: number; attempts: number; last_error: string | null; next_attempt_at: string }>(
        'SELECT id, attempts, last_error, next_attempt_at FROM mail_outbox WHERE sent_at IS NULL AND attempts = 1',
      );
      return rows.length ? rows : undefined;
    }, 'a failed attempt');
    expect(failed.last_error).toMatch(/Mailbox busy/);
    expect(Date.parse(failed.next_attempt_at)).toBeGreaterThan(Date.now());
    expect(received.slice(mark)).toEqual([]);

    // Once the wait is over, the deliverer sends it.
    const deliverer = t.app.get(MailDeliverer);
    await deliverer.idle();
    expect(await deliverer.deliverDue(new Date(Date.now() + 2 * 60 * 1000))).toBe(1);
    const [sent] = await t.sql<{ attempts: number; sent_at: string | null; last_error: string | null }>(
      'SELECT attempts, sent_at, last_error FROM mail_outbox WHERE id = $1',
      [failed.id],
    );
    expect(sent).toMatchObject({ attempts: 2, last_error: null });
    expect(sent.sent_at).toEqual(expect.any(String));
    expect((await mailTo('manager@dbkl.test', mark)).raw).toContain('Email test: retried');
  });

  it('after the last retry an email is marked failed, kept, and not sent again', async () => {
    refuseNext = 100;
    const deliverer = t.app.get(MailDeliverer);
    await requestChange((await partnership('Email test: given up')).id);
    const [row] = await waitFor(async () => {
      const rows = await t.sql<{ id: number }>('SELECT id FROM mail_outbox WHERE sent_at IS NULL AND failed_at IS NULL AND attempts >= 1');
      return rows.length ? rows : undefined;
    }, 'a first failure');
    await deliverer.idle();
    for (let hours = 1; hours <= 12; hours++) await deliverer.deliverDue(new Date(Date.now() + hours * 24 * 60 * 60 * 1000));
    const [given] = await t.sql<{ attempts: number; failed_at: string | null; last_error: string }>(
      'SELECT attempts, failed_at, last_error FROM mail_outbox WHERE id = $1',
      [row.id],
    );
    expect(given.attempts).toBe(6);
    expect(given.failed_at).toEqual(expect.any(String));
    expect(given.last_error).toMatch(/Mailbox busy/);
    refuseNext = 0;
  });

  it('a kind the user opted out of is not emailed, but is in the app', async () => {
    expect(
      (
        await t
          .http()
          .put('/api/notifications/preferences')
          .set(bearer(tokens.manager))
          .send({ emailKinds: ['request_decided'] })
      ).status,
    ).toBe(200);
    const before = await t.count('mail_outbox');
    const request = await requestChange((await partnership('Email test: opted out')).id);
    expect(await t.count('mail_outbox')).toBe(before);
    const inApp = await t.list('/api/notifications', { filter: { kind: 'request_waiting' } }, tokens.manager);
    expect((inApp.body as Array<{ entityId: number }>).map((row) => row.entityId)).toContain(request.id);
  });
});

describe(`notification email without SMTP_URL (${DB_KIND})`, () => {
  it('writes no email and fails nothing', async () => {
    const t = await startTestApp();
    try {
      await t.sql("UPDATE users SET email = 'manager@dbkl.test'");
      const officer = await t.login('officer');
      const tokyo = await t.idOf('organisations', 'name', 'Tokyo Metropolitan Government');
      const p = await t
        .http()
        .post('/api/partnerships')
        .set(bearer(officer))
        .send({ title: 'No mail', category: 'international_city', instrument: 'mou', parties: [{ organisationId: tokyo, role: 'counterpart' }] });
      expect((await t.http().post('/api/status-requests').set(bearer(officer)).send({ partnershipId: p.body.id, toStatus: 'proposed' })).status).toBe(
        201,
      );
      expect(await t.count('notifications')).toBeGreaterThan(0);
      expect(await t.count('mail_outbox')).toBe(0);
    } finally {
      await t.close();
    }
  });
});
