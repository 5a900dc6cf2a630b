import type { DataSource, DataSourceOptions, EntityManager, QueryRunner } from 'typeorm';

/** The two databases Agora runs on. Everything that differs between them asks `dialectOf`. */
export type Dialect = 'sqlite' | 'postgres';

/**
 * Which database a connection talks to, the one place that reads TypeORM's driver type
 * (so a third driver, or a renamed one, is one change here and not a hunt through features).
 */
export function dialectOf(
  source: DataSource | EntityManager | QueryRunner | { options: DataSourceOptions },
): Dialect {
  const options = 'connection' in source ? source.connection.options : source.options;
  return options.type === 'postgres' ? 'postgres' : 'sqlite';
}
