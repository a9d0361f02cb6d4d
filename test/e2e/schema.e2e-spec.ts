import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../../src/database/data-source-options';
import { parseDatabaseUrl } from '../../src/config/database-url';
import { createTestDatabase, TestDatabase } from '../support/test-database';

describe('schema: migrations match the entities', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = new DataSource(buildDataSourceOptions(parseDatabaseUrl(database.url)));
    await dataSource.initialize();
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('leaves nothing for synchronize to change after all migrations ran', async () => {
    await dataSource.runMigrations();
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('stores instants as timestamptz on PostgreSQL', async () => {
    if (database.dialect !== 'postgres') return;
    const rows: { data_type: string }[] = await dataSource.query(
      `SELECT data_type FROM information_schema.columns WHERE table_name = 'users' AND column_name = 'createdAt'`,
    );
    expect(rows[0].data_type).toBe('timestamp with time zone');
  });

  it('can undo every migration', async () => {
    for (let i = 0; i < dataSource.migrations.length; i++) await dataSource.undoLastMigration();
    const runner = dataSource.createQueryRunner();
    for (const { tableName } of dataSource.entityMetadatas)
      expect(await runner.hasTable(tableName)).toBe(false);
    await runner.release();
    await dataSource.runMigrations();
  });
});
