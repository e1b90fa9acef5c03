import { DB_KIND, startTestApp, type TestApp } from '../support/test-app';

/**
 * The entities are registered by their features (TypeOrmModule.forFeature) and the schema is made by
 * hand-written migrations: this is what keeps the two in agreement. A feature that forgets to
 * register an entity, or a column without its migration, fails here rather than in production.
 */
describe(`entities and migrations agree (${DB_KIND})`, () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const columnsOf = async (table: string): Promise<string[]> => {
    if (DB_KIND === 'postgres') {
      const rows = await t.sql<{ column_name: string }>(
        "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1",
        [table],
      );
      return rows.map((row) => row.column_name);
    }
    return (await t.sql<{ name: string }>(`PRAGMA table_info("${table}")`)).map((row) => row.name);
  };

  it('registers an entity for every table the features read and write', () => {
    const tables = t.dataSource.entityMetadatas.map((metadata) => metadata.tableName).sort();
    expect(tables).toEqual(
      [
        'audit_chain_head',
        'audit_events',
        'documents',
        'login_throttle',
        'milestones',
        'organisations',
        'partnership_parties',
        'partnership_sdg_targets',
        'partnership_status_history',
        'partnerships',
        'sdg_targets',
        'status_requests',
        'users',
      ].sort(),
    );
  });

  it('finds every column of every entity in the migrated database', async () => {
    const missing: string[] = [];
    for (const metadata of t.dataSource.entityMetadatas) {
      const columns = new Set(await columnsOf(metadata.tableName));
      if (columns.size === 0) missing.push(`table ${metadata.tableName}`);
      for (const column of metadata.columns) if (!columns.has(column.databaseName)) missing.push(`${metadata.tableName}.${column.databaseName}`);
    }
    expect(missing).toEqual([]);
  });
});
