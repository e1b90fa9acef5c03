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

  /**
   * Tables the migrations make that no entity maps: TypeORM's own record of migrations, the code
   * counters (raw SQL), and the counts the database's triggers keep (read by raw SQL).
   */
  const NO_ENTITY = ['migrations', 'code_sequences', 'partnership_counts', 'audit_event_counts'];

  const tablesInDatabase = async (): Promise<string[]> =>
    DB_KIND === 'postgres'
      ? (
          await t.sql<{ table_name: string }>(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
          )
        ).map((row) => row.table_name)
      : (await t.sql<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")).map((row) => row.name);

  it('has an entity registered for every table the migrations make, and a table for every entity', async () => {
    const entities = t.dataSource.entityMetadatas.map((metadata) => metadata.tableName).sort();
    const tables = (await tablesInDatabase()).filter((table) => !NO_ENTITY.includes(table)).sort();
    expect(entities).toEqual(tables);
    expect(entities).toContain('partnerships');
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
