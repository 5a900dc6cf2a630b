import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { createDataSource } from './data-source';
import { TransactionRunner } from './transaction-runner';

/** Opens the database, applies pending migrations, and provides the DataSource and the TransactionRunner. */
@Global()
@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
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
            await dataSource.runMigrations({ transaction: 'each' });
            return dataSource;
          },
        },
        TransactionRunner,
      ],
      exports: [DataSource, TransactionRunner],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.transactions.drain();
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
