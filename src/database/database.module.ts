import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { createDataSource } from './data-source';
import { dialectOf } from './dialect';
import { ConsistentReader } from './consistent-read';
import { TransactionRunner } from './transaction-runner';

/**
 * Opens the database, applies pending migrations, and provides the DataSource, the
 * TransactionRunner (every write) and the ConsistentReader (multi-query reads beside the writer).
 */
@Global()
@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly reader: ConsistentReader,
  ) {}

  static forRoot(): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        {
          provide: DataSource,
          inject: [AppConfig],
          useFactory: async (config: AppConfig) => {
            const dataSource = await createDataSource(config.database).initialize();
            await runMigrationsOnce(dataSource);
            return dataSource;
          },
        },
        TransactionRunner,
        ConsistentReader,
      ],
      exports: [DataSource, TransactionRunner, ConsistentReader],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([this.transactions.drain(), this.reader.close()]);
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

/** An arbitrary, fixed key: instances starting together wait for each other instead of racing. */
const MIGRATION_LOCK = 7_246_351_203;

/**
 * Applies pending migrations. On PostgreSQL several instances may start at once, so the first
 * takes an advisory lock and the others wait, then find nothing left to do.
 */
export async function runMigrationsOnce(dataSource: DataSource): Promise<void> {
  if (dialectOf(dataSource) !== 'postgres') {
    await dataSource.runMigrations({ transaction: 'each' });
    return;
  }
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}
