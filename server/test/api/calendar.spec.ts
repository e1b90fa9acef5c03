import { type CalendarEntry, type CalendarRecord, MAX_CALENDAR_DAYS } from '@klch/shared';
import { addDays, todayInKualaLumpur } from '../../src/database/timestamps';
import { countQueries } from '../support/query-counter';
import { bearer, DB_KIND, startTestApp, type TestApp } from '../support/test-app';

const PUBLIC_URL = 'https://partnerships.example.gov.my';

/** Unfolds an iCalendar file as a reader does (RFC 5545 3.1) and splits it into its content lines. */
const icsLines = (text: string) =>
  text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .slice(0, -1);

/** The VEVENTs of a file, each as its properties by name (the name before `:` or `;`). */
function icsEvents(text: string): Array<Record<string, string>> {
  const events: Array<Record<string, string>> = [];
  let current: Record<string, string> | null = null;
  for (const line of icsLines(text)) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      events.push(current!);
      current = null;
    } else if (current) {
      const name = /^[A-Z-]+/.exec(line)![0];
      current[name] = line;
    }
  }
  return events;
}

/**
 * GET /api/calendar and /api/calendar.ics on the demo data plus crafted partnerships and
 * milestones dated relative to today (Kuala Lumpur's): each entry on its date with its kind, what is
 * left out (archived, cancelled), the filters, the bounded range, refusals by parameter, and the
 * iCalendar file's structure, escaping, folding and line endings.
 */
describe(`calendar (${DB_KIND})`, () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const users: Record<string, number> = {};
  const crafted: Record<string, number> = {};
  const milestones: Record<string, number> = {};
  const today = todayInKualaLumpur();
  const day = (days: number) => addDays(today, days);

  const get = (query: Record<string, string | number>, who = 'officer') => t.http().get('/api/calendar').query(query).set(bearer(tokens[who]));
  const calendar = async (query: Record<string, string | number>, who = 'officer'): Promise<CalendarRecord> => {
    const response = await get(query, who);
    expect(response.status).toBe(200);
    return response.body;
  };
  /** The crafted records' entries only (the demo data has dates of its own), as `kind key date`. */
  const craftedEntries = (record: CalendarRecord) =>
    record.entries.filter((entry) => Object.values(crafted).includes(entry.partnershipId)).map((entry) => `${entry.kind} ${entry.key} ${entry.date}`);

  const craft = async (
    name: string,
    set: { status: string; expiresOn?: string; nextReviewOn?: string; owner: string; title?: string; titleMs?: string },
  ) => {
    const response = await t
      .http()
      .post('/api/partnerships')
      .set(bearer(tokens.officer))
      .send({
        title: set.title ?? `Calendar test: ${name}`,
        titleMs: set.titleMs ?? null,
        category: 'international_city',
        instrument: 'mou',
        ownerId: users[set.owner],
      });
    expect(response.status).toBe(201);
    const id = response.body.id as number;
    await t.sql('UPDATE partnerships SET status = $1, expires_on = $2, next_review_on = $3 WHERE id = $4', [
      set.status,
      set.expiresOn ?? null,
      set.nextReviewOn ?? null,
      id,
    ]);
    crafted[name] = id;
    return id;
  };
  const milestone = async (name: string, partnershipId: number, dueOn: string, more: { status?: string; ownerId?: number | null } = {}) => {
    const response = await t
      .http()
      .post('/api/milestones')
      .set(bearer(tokens.officer))
      .send({ partnershipId, title: `Calendar test: ${name}`, kind: 'workshop', dueOn, ...more });
    expect(response.status).toBe(201);
    milestones[name] = response.body.id;
  };

  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_URL });
    for (const username of ['officer', 'manager', 'auditor', 'admin']) tokens[username] = await t.login(username);
    for (const username of ['officer', 'manager']) users[username] = await t.userId(username);
    const active = await craft('active', { status: 'active', expiresOn: day(10), nextReviewOn: day(20), owner: 'officer' });
    const halted = await craft('halted', { status: 'halted', nextReviewOn: day(-5), owner: 'manager' });
    const archived = await craft('archived', { status: 'active', expiresOn: day(10), nextReviewOn: day(11), owner: 'officer' });
    await craft('far away', { status: 'active', expiresOn: day(500), owner: 'officer' });
    await milestone('planned', active, day(3));
    await milestone('done', active, day(4), { status: 'done' });
    await milestone('cancelled', active, day(5), { status: 'cancelled' });
    await milestone("the manager's", active, day(10), { ownerId: users.manager });
    // No owner of its own: its partnership's owner answers for it.
    await milestone('of the halted one', halted, day(2), { ownerId: null });
    await milestone('of the archived one', archived, day(7));
    const archiving = await t.http().delete(`/api/partnerships/${archived}`).set(bearer(tokens.manager));
    expect(archiving.status).toBe(200);
  });
  afterAll(() => t.close());

  it('asks for a sign-in (401) on both addresses, and answers every role', async () => {
    expect((await t.http().get('/api/calendar')).status).toBe(401);
    expect((await t.http().get('/api/calendar.ics')).status).toBe(401);
    for (const who of ['officer', 'manager', 'auditor', 'admin']) expect((await get({}, who)).status).toBe(200);
  });

  it('puts each milestone on its due date and each partnership on its expiry and review dates, in date order', async () => {
    const record = await calendar({ from: day(-10), to: day(30) });
    expect(record).toMatchObject({ from: day(-10), to: day(30), truncated: false });
    const { active, halted } = crafted;
    expect(craftedEntries(record)).toEqual([
      `review review-${halted} ${day(-5)}`,
      `milestone milestone-${milestones['of the halted one']} ${day(2)}`,
      `milestone milestone-${milestones.planned} ${day(3)}`,
      `milestone milestone-${milestones.done} ${day(4)}`,
      `expiry expiry-${active} ${day(10)}`,
      `milestone milestone-${milestones["the manager's"]} ${day(10)}`,
      `review review-${active} ${day(20)}`,
    ]);
    const dates = record.entries.map((entry) => entry.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('leaves out archived partnerships with their milestones, and cancelled milestones; keeps done ones with their status', async () => {
    const record = await calendar({ from: day(-10), to: day(30) });
    expect(record.entries.some((entry) => entry.partnershipId === crafted.archived)).toBe(false);
    expect(record.entries.some((entry) => entry.milestoneId === milestones.cancelled)).toBe(false);
    expect(record.entries.find((entry) => entry.milestoneId === milestones.done)?.milestoneStatus).toBe('done');
  });

  it('describes each entry: the partnership, the milestone, the owner (a milestone’s own, or else its partnership’s)', async () => {
    const record = await calendar({ from: day(-10), to: day(30), partnershipId: crafted.active });
    const byKey = new Map(record.entries.map((entry) => [entry.key, entry]));
    expect(byKey.get(`expiry-${crafted.active}`)).toEqual<CalendarEntry>({
      key: `expiry-${crafted.active}`,
      kind: 'expiry',
      date: day(10),
      partnershipId: crafted.active,
      code: expect.stringMatching(/^KLCH-/),
      title: 'Calendar test: active',
      titleMs: null,
      status: 'active',
      milestoneId: null,
      milestoneTitle: null,
      milestoneStatus: null,
      ownerId: users.officer,
      ownerName: 'Demo Officer',
    });
    expect(byKey.get(`milestone-${milestones.planned}`)).toMatchObject({
      kind: 'milestone',
      milestoneId: milestones.planned,
      milestoneTitle: 'Calendar test: planned',
      milestoneStatus: 'planned',
      ownerId: users.officer,
      ownerName: 'Demo Officer',
    });
    expect(byKey.get(`milestone-${milestones["the manager's"]}`)).toMatchObject({ ownerId: users.manager, ownerName: 'Demo Manager' });
  });

  it('filters by partnership, by owner and by kind (one or several)', async () => {
    const range = { from: day(-10), to: day(30) };
    const keys = async (query: Record<string, string | number>) =>
      craftedEntries(await calendar({ ...range, ...query })).map((line) => line.split(' ')[1]);
    expect(await keys({ partnershipId: crafted.halted })).toEqual([`review-${crafted.halted}`, `milestone-${milestones['of the halted one']}`]);
    expect((await calendar({ ...range, partnershipId: crafted.halted })).entries.every((entry) => entry.partnershipId === crafted.halted)).toBe(true);
    expect(await keys({ ownerId: users.manager })).toEqual([
      `review-${crafted.halted}`,
      // The halted partnership's milestone has no owner of its own: its partnership's (the manager) answers for it.
      `milestone-${milestones['of the halted one']}`,
      `milestone-${milestones["the manager's"]}`,
    ]);
    const managers = await calendar({ ...range, ownerId: users.manager });
    expect(managers.entries.every((entry) => entry.ownerId === users.manager)).toBe(true);
    expect(await keys({ kind: 'expiry' })).toEqual([`expiry-${crafted.active}`]);
    expect(await keys({ kind: 'review,expiry' })).toEqual([`review-${crafted.halted}`, `expiry-${crafted.active}`, `review-${crafted.active}`]);
    expect(await keys({ kind: 'milestone', partnershipId: crafted.active, ownerId: users.officer })).toEqual([
      `milestone-${milestones.planned}`,
      `milestone-${milestones.done}`,
    ]);
  });

  it('holds exactly the rows of the database in the range, for the demo data too', async () => {
    const from = day(-30);
    const to = day(MAX_CALENDAR_DAYS - 31);
    const record = await calendar({});
    expect([record.from, record.to]).toEqual([from, to]);
    const counted = async (sql: string) => Number((await t.sql<{ n: number | string }>(sql, [from, to]))[0].n);
    expect(record.entries.filter((entry) => entry.kind === 'expiry').length).toBe(
      await counted('SELECT COUNT(*) AS n FROM partnerships WHERE archived_at IS NULL AND expires_on >= $1 AND expires_on <= $2'),
    );
    expect(record.entries.filter((entry) => entry.kind === 'review').length).toBe(
      await counted('SELECT COUNT(*) AS n FROM partnerships WHERE archived_at IS NULL AND next_review_on >= $1 AND next_review_on <= $2'),
    );
    expect(record.entries.filter((entry) => entry.kind === 'milestone').length).toBe(
      await counted(
        "SELECT COUNT(*) AS n FROM milestones m JOIN partnerships p ON p.id = m.partnership_id WHERE p.archived_at IS NULL AND m.status <> 'cancelled' AND m.due_on >= $1 AND m.due_on <= $2",
      ),
    );
    expect(record.entries.some((entry) => entry.partnershipId === crafted['far away'])).toBe(false);
    expect((await calendar({ from: day(400), to: day(600) })).entries.map((entry) => entry.key)).toContain(`expiry-${crafted['far away']}`);
  });

  it('answers with one statement whatever the filters (besides the sign-in check)', async () => {
    const counter = countQueries(t.dataSource);
    try {
      const queries: Array<Record<string, string | number>> = [
        {},
        { partnershipId: crafted.active, ownerId: users.officer, kind: 'milestone,expiry' },
      ];
      for (const query of queries) {
        const { result, queries: sent } = await counter.during(() => get(query));
        expect(result.status).toBe(200);
        expect(sent.filter((statement) => /\bmilestones\b|\bpartnerships\b/.test(statement.sql))).toHaveLength(1);
      }
    } finally {
      counter.stop();
    }
  });

  it(`takes a range of up to ${MAX_CALENDAR_DAYS} days, and refuses a longer one or one that ends before it starts (400 naming "to")`, async () => {
    expect((await get({ from: today, to: day(MAX_CALENDAR_DAYS - 1) })).status).toBe(200);
    const long = await get({ from: today, to: day(MAX_CALENDAR_DAYS) });
    expect(long.status).toBe(400);
    expect(long.body.errors).toEqual({ to: expect.stringContaining(`at most ${MAX_CALENDAR_DAYS} days`) });
    expect(long.body.message).toContain(`${MAX_CALENDAR_DAYS + 1} days`);
    const backwards = await get({ from: today, to: day(-1) });
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors).toEqual({ to: expect.stringContaining('is before From') });
    expect(
      (
        await t
          .http()
          .get('/api/calendar.ics')
          .query({ from: today, to: day(MAX_CALENDAR_DAYS) })
          .set(bearer(tokens.officer))
      ).status,
    ).toBe(400);
    expect((await get({ from: today, to: today })).status).toBe(200);
  });

  it.each([
    [{ from: '2026-02-30' }, 'from'],
    [{ from: '01/12/2026' }, 'from'],
    [{ to: 'tomorrow' }, 'to'],
    [{ from: '' }, 'from'],
    [{ partnershipId: 'abc' }, 'partnershipId'],
    [{ partnershipId: '1.5' }, 'partnershipId'],
    [{ partnershipId: '0' }, 'partnershipId'],
    [{ ownerId: '99999999999' }, 'ownerId'],
    [{ kind: 'birthday' }, 'kind'],
    [{ kind: 'milestone,' }, 'kind'],
    [{ colour: 'red' }, 'colour'],
  ])('refuses %j with a 400 naming %s', async (query, parameter) => {
    const response = await get(query);
    expect(response.status).toBe(400);
    expect(Object.keys(response.body.errors)).toEqual([parameter]);
  });

  it('refuses a repeated date parameter by name, and takes a repeated kind', async () => {
    const repeated = await t
      .http()
      .get(`/api/calendar?from=${today}&from=${day(1)}`)
      .set(bearer(tokens.officer));
    expect(repeated.status).toBe(400);
    expect(Object.keys(repeated.body.errors)).toEqual(['from']);
    const kinds = await t.http().get(`/api/calendar?kind=expiry&kind=review&partnershipId=${crafted.active}`).set(bearer(tokens.officer));
    expect(kinds.status).toBe(200);
    expect((kinds.body as CalendarRecord).entries.map((entry) => entry.kind).sort()).toEqual(['expiry', 'review']);
  });

  describe('the iCalendar file', () => {
    let escapedId: number;

    beforeAll(async () => {
      // A title with the characters TEXT escapes, long enough to be folded, with a Malay title beside it.
      escapedId = await craft('escaped', {
        status: 'active',
        expiresOn: day(15),
        owner: 'officer',
        title: 'Smart City partnership; energy, water and data – with Fundación Metrópoli, Madrid (a long title to fold)',
        titleMs: 'Perkongsian Bandar Pintar; tenaga, air dan data',
      });
    });

    const download = (query: Record<string, string | number>) =>
      t
        .http()
        .get('/api/calendar.ics')
        .query(query)
        .set(bearer(tokens.officer))
        .buffer(true)
        .parse((response, done) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (text += chunk));
          response.on('end', () => done(null, text));
        });

    it('is a download named kl-partnerships.ics, as text/calendar in UTF-8', async () => {
      const response = await download({ from: day(-10), to: day(30) });
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
      expect(response.headers['content-disposition']).toBe('attachment; filename="kl-partnerships.ics"');
    });

    it('is one VCALENDAR (PRODID, VERSION 2.0, CALSCALE, a name) with one all-day VEVENT per entry, CRLF line endings and lines folded at 75 octets', async () => {
      const query = { from: day(-10), to: day(30) };
      const text: string = (await download(query)).body;
      const record = await calendar(query);
      expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
      expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      expect(text.split('\r\n').every((line) => Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);
      const lines = icsLines(text);
      expect(lines).toEqual(
        expect.arrayContaining(['PRODID:-//Kuala Lumpur City Hall//KL Partnerships//EN', 'CALSCALE:GREGORIAN', 'X-WR-CALNAME:KL Partnerships']),
      );
      const events = icsEvents(text);
      expect(events.map((event) => event.UID)).toEqual(record.entries.map((entry) => `UID:${entry.key}@kl-partnerships`));
      for (const [index, event] of events.entries()) {
        const date = record.entries[index].date.replaceAll('-', '');
        expect(event.DTSTART).toBe(`DTSTART;VALUE=DATE:${date}`);
        expect(event.DTSTAMP).toMatch(/^DTSTAMP:\d{8}T\d{6}Z$/);
        expect(event.SUMMARY).toMatch(/^SUMMARY:(Expires|Review due|Milestone): /);
      }
      const planned = events.find((event) => event.UID === `UID:milestone-${milestones.planned}@kl-partnerships`)!;
      expect(planned.SUMMARY).toMatch(/^SUMMARY:Milestone: Calendar test: planned \(KLCH-/);
      expect(planned.URL).toBe(`URL:${PUBLIC_URL}/#/partnerships/${crafted.active}/show/milestones`);
      expect(planned.DESCRIPTION).toMatch(/\\nOwning officer: Demo Officer$/);
    });

    it('escapes commas and semicolons of the text, and folds the long line it makes', async () => {
      const text: string = (await download({ from: day(-10), to: day(30), partnershipId: escapedId })).body;
      const event = icsEvents(text).find((candidate) => candidate.UID === `UID:expiry-${escapedId}@kl-partnerships`)!;
      expect(event.SUMMARY).toMatch(
        /^SUMMARY:Expires: KLCH-\S+ Smart City partnership\\; energy\\, water and data – with Fundación Metrópoli\\, Madrid \(a long title to fold\)$/,
      );
      expect(event.URL).toBe(`URL:${PUBLIC_URL}/#/partnerships/${escapedId}/show`);
      // Longer than a line may be: the file holds it folded, never whole.
      expect(Buffer.byteLength(event.SUMMARY, 'utf8')).toBeGreaterThan(75);
      expect(text.split('\r\n')).not.toContain(event.SUMMARY);
      expect(text.split('\r\n').every((line) => Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);
    });

    it('is written in Malay with lang=ms, with the Malay title where there is one', async () => {
      const text: string = (await download({ from: day(-10), to: day(30), partnershipId: escapedId, lang: 'ms' })).body;
      const event = icsEvents(text).find((candidate) => candidate.UID === `UID:expiry-${escapedId}@kl-partnerships`)!;
      expect(event.SUMMARY).toMatch(/^SUMMARY:Tamat tempoh: KLCH-\S+ Perkongsian Bandar Pintar\\; tenaga\\, air dan data$/);
      expect(event.DESCRIPTION).toContain('Pegawai pemilik: Demo Officer');
      const bad = await t.http().get('/api/calendar.ics').query({ lang: 'fr' }).set(bearer(tokens.officer));
      expect(bad.status).toBe(400);
      expect(Object.keys(bad.body.errors)).toEqual(['lang']);
      expect((await get({ lang: 'ms' })).status).toBe(400); // the JSON has no words to translate
    });
  });
});
