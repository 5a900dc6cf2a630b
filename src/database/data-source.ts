import { DataSource, DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../config/app-config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from '../../migrations';
import { preparePrivateSqlite } from './sqlite-files';

/**
 * The one data-source definition, shared by the app, the migration commands and the
 * TypeORM CLI. Schema changes only ever come from `migrations/` (never `synchronize`).
 */
export function dataSourceOptions(database: DatabaseConfig): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsRun: false,
    synchronize: false,
    logging: false,
  } as const;
  if (database.type === 'postgres') {
    return {
      ...common,
      type: 'postgres',
      url: database.url,
      poolSize: database.poolSize,
      uuidExtension: 'pgcrypto',
      migrationsTransactionMode: 'each',
    };
  }
  return {
    ...common,
    type: 'better-sqlite3',
    database: database.path,
    // better-sqlite3's `timeout` is SQLite's busy_timeout: wait for another process's lock.
    timeout: 5000,
    enableWAL: true,
    // Prepared statements are reused: the hot paths run the same few statements all day.
    statementCacheSize: 500,
    migrationsTransactionMode: 'each',
    prepareDatabase: (db: { pragma(sql: string): unknown }) => {
      // NORMAL with WAL survives a process crash; FULL also survives power loss (README).
      db.pragma(`synchronous = ${database.synchronous}`);
    },
  };
}

export function createDataSource(database: DatabaseConfig): DataSource {
  if (database.type === 'sqlite') preparePrivateSqlite(database.path);
  return new DataSource(dataSourceOptions(database));
}
