import { bearer, DB_KIND, startTestApp, type TestApp } from '../support/test-app';

/**
 * Archiving is a versioned write like any other: only the archive whose UPDATE changed the row is
 * audited. Meaningful on PostgreSQL, where requests really run at once (SQLite queues them).
 */
describe(`archiving a partnership, concurrently (${DB_KIND})`, () => {
  let t: TestApp;
  let officer: string;
  let managers: string[];

  beforeAll(async () => {
    t = await startTestApp();
    officer = await t.login('officer');
    managers = [await t.login('manager'), await t.login('manager2')];
  });
  afterAll(() => t.close());

  const newPartnership = async (title: string): Promise<{ id: number; version: number }> => {
    const response = await t.http().post('/api/partnerships').set(bearer(officer)).send({ title, category: 'international_city', instrument: 'mou' });
    expect(response.status).toBe(201);
    return response.body;
  };
  const archive = (id: number, index = 0) =>
    t
      .http()
      .delete(`/api/partnerships/${id}`)
      .set(bearer(managers[index % 2]));
  const archiveEvents = async (id: number) => (await t.eventsOf('partnerships', id)).filter((event) => event.action === 'archive');
  const archivedAt = async (id: number) =>
    (await t.sql<{ archived_at: string | null }>('SELECT archived_at FROM partnerships WHERE id = $1', [id]))[0].archived_at;

  it('lets exactly one of ten concurrent archives through: one 200 and one archive event, the rest 422 "already archived"', async () => {
    const { id } = await newPartnership('Archived ten times at once');
    const responses = await Promise.all(Array.from({ length: 10 }, (_, index) => archive(id, index)));
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([200, ...Array(9).fill(422)]);
    for (const refused of responses.filter((response) => response.status === 422))
      expect(refused.body.message).toBe('This partnership is already archived.');
    expect(await archiveEvents(id)).toHaveLength(1);
    expect(await archivedAt(id)).not.toBeNull();
  });

  it('keeps the row and the trail in agreement when archives race an edit: an archive that did not archive writes no event', async () => {
    for (let round = 0; round < 8; round++) {
      const { id, version } = await newPartnership(`Archive races an edit, round ${round}`);
      const [edit, ...archives] = await Promise.all([
        t
          .http()
          .put(`/api/partnerships/${id}`)
          .set(bearer(officer))
          .send({ version, title: `Edited in round ${round}` }),
        archive(id, 0),
        archive(id, 1),
      ]);
      const archived = (await archivedAt(id)) !== null;
      const archivedBy = archives.filter((response) => response.status === 200);
      for (const response of archives) expect([200, 409, 422]).toContain(response.status);
      expect([200, 409, 422]).toContain(edit.status);

      // The row is archived exactly when one archive answered 200, and the trail says so exactly once.
      expect(archivedBy.length).toBe(archived ? 1 : 0);
      expect(await archiveEvents(id)).toHaveLength(archived ? 1 : 0);
      const updates = (await t.eventsOf('partnerships', id)).filter((event) => event.action === 'update');
      expect(updates).toHaveLength(edit.status === 200 ? 1 : 0);
      const [row] = await t.sql<{ version: number | string }>('SELECT version FROM partnerships WHERE id = $1', [id]);
      expect(Number(row.version)).toBe(1 + archivedBy.length + (edit.status === 200 ? 1 : 0));
    }
  });
});
