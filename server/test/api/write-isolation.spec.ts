import { OrganisationEntity } from '../../src/organisations/organisation.entity';
import { TransactionRunner } from '../../src/database/transaction-runner';
import { DB_KIND, startTestApp, type TestApp } from '../support/test-app';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The SQLite trap: TypeORM shares one connection, so overlapping transactions nest as savepoints and
 * one request's rollback can erase another's acknowledged write. Every write goes through the
 * TransactionRunner; these tests fail if it stops isolating them.
 */
describe(`concurrent writes stay isolated (${DB_KIND})`, () => {
  let t: TestApp;
  let db: TransactionRunner;

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(TransactionRunner);
  });
  afterAll(() => t.close());

  const insert = (name: string) => async (manager: import('typeorm').EntityManager) => {
    const now = new Date().toISOString();
    await manager.insert(OrganisationEntity, {
      name,
      aliases: [],
      type: 'academic',
      country: 'MY',
      city: null,
      parentId: null,
      website: null,
      notes: null,
      isDemoData: false,
      version: 1,
      createdAt: now,
      updatedAt: now,
      createdById: null,
      updatedById: null,
    });
  };
  const exists = async (name: string) => (await t.sql('SELECT id FROM organisations WHERE name = $1', [name])).length === 1;

  it('keeps B when A writes, then fails 50 ms later while B commits', async () => {
    const a = db.write(async (manager) => {
      await insert('Isolation A1')(manager);
      await sleep(50);
      throw new Error('A fails after writing');
    });
    const b = db.write(insert('Isolation B1'));
    await expect(a).rejects.toThrow('A fails after writing');
    await expect(b).resolves.toBeUndefined();
    expect(await exists('Isolation B1')).toBe(true);
    expect(await exists('Isolation A1')).toBe(false);
  });

  it('keeps B when B starts first and A fails while B is still open', async () => {
    const b = db.write(async (manager) => {
      await insert('Isolation B2')(manager);
      await sleep(50);
    });
    const a = db.write(async (manager) => {
      await insert('Isolation A2')(manager);
      await sleep(10);
      throw new Error('A fails');
    });
    await expect(b).resolves.toBeUndefined();
    await expect(a).rejects.toThrow('A fails');
    expect(await exists('Isolation B2')).toBe(true);
    expect(await exists('Isolation A2')).toBe(false);
  });

  it('keeps acknowledged HTTP writes when a concurrent request fails', async () => {
    const token = await t.login('officer');
    const before = await t.sql<{ n: number | string }>('SELECT COUNT(*) AS n FROM organisations');
    const responses = await Promise.all([
      t.http().post('/api/organisations').set('Authorization', `Bearer ${token}`).send({ name: 'Good One', type: 'academic', country: 'MY' }),
      t
        .http()
        .post('/api/organisations')
        .set('Authorization', `Bearer ${token}`)
        .send({ name: 'Bad One', type: 'academic', country: 'MY', parentId: 999999 }),
      t.http().post('/api/organisations').set('Authorization', `Bearer ${token}`).send({ name: 'Good Two', type: 'academic', country: 'MY' }),
    ]);
    expect(responses.map((r) => r.status)).toEqual([201, 422, 201]);
    const after = await t.sql<{ n: number | string }>('SELECT COUNT(*) AS n FROM organisations');
    expect(Number(after[0].n)).toBe(Number(before[0].n) + 2);
  });
});
