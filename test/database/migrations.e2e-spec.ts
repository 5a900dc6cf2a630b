import { DataSource } from 'typeorm';
import { createDataSource } from '../../src/database/data-source';
import { dialectOf } from '../../src/database/dialect';
import { MIGRATIONS } from '../../migrations';
import { temporaryDatabase, type TemporaryDatabase } from '../support/temp-database';

describe('migrations', () => {
  let db: TemporaryDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await temporaryDatabase();
    dataSource = await createDataSource(db.config).initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await db.remove();
  });

  async function tableNames(): Promise<string[]> {
    const rows: Array<{ name: string }> =
      dialectOf(dataSource) === 'postgres'
        ? await dataSource.query(
            "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
          )
        : await dataSource.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
          );
    return rows.map((r) => r.name);
  }

  it('go all the way up, all the way down, and up again', async () => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    expect(applied).toHaveLength(MIGRATIONS.length);
    const afterUp = await tableNames();
    expect(afterUp).toEqual(
      expect.arrayContaining([
        'participants',
        'conferences',
        'sessions',
        'audit_entries',
        'votes',
        'session_events',
      ]),
    );

    for (let i = 0; i < MIGRATIONS.length; i++)
      await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await tableNames()).toEqual(['migrations']);

    await dataSource.runMigrations({ transaction: 'each' });
    expect(await tableNames()).toEqual(afterUp);
  });

  it(`leave no difference between the migrated schema and the entities`, async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });
});
