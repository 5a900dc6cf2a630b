import { Injectable } from '@nestjs/common';
import { DataSource, type DataSourceOptions, type EntityManager } from 'typeorm';
import { dialectOf } from './dialect';
import { TransactionRunner } from './transaction-runner';

/** Reads that may run at once: each holds a connection (PostgreSQL) or a reader (SQLite). */
export const MAX_CONCURRENT_READS = 4;

/**
 * Runs a multi-query read against one snapshot of the database, without holding up writers.
 * A personal-data download, a conference export or a compile reads many tables, and must not
 * see a vote or a close land half-way through; nor may it make delegates' votes wait.
 *
 * SQLite (file): one of up to four read-only connections of its own, in a read transaction.
 * With WAL, a reader sees the database as of its first query while the writer goes on
 * committing beside it. The connection is opened read-only, so a read that tries to write
 * fails instead of slipping past the writer queue.
 *
 * SQLite (`:memory:`): an in-memory database cannot be opened twice, so the read queues
 * with the writes (TransactionRunner), as every read did before this class.
 *
 * PostgreSQL: a REPEATABLE READ, READ ONLY transaction on a pooled connection, which blocks
 * no writer and never needs a retry.
 *
 * At most MAX_CONCURRENT_READS run at once (the rest wait in order), so reads cannot take the
 * pool's connections from the writers.
 */
@Injectable()
export class ConsistentReader {
  private readonly idle: DataSource[] = [];
  private readonly opened: DataSource[] = [];
  private readonly waiting: Array<() => void> = [];
  private active = 0;
  private closed = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
  ) {}

  async read<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    const dialect = dialectOf(this.dataSource);
    if (dialect === 'sqlite' && isInMemory(this.sqliteOptions().database))
      return this.transactions.run(({ em }) => work(em));
    // better-sqlite3 is synchronous and TypeORM resolves its queries on promise callbacks alone:
    // reads started back to back would run in one turn of the event loop, starving sockets and
    // timers (found by bench/personal-data.ts). Let I/O in before each read, as the writer does.
    await new Promise((resolve) => setImmediate(resolve));
    await this.acquire();
    try {
      if (dialect === 'postgres') return await this.readOnPostgres(work);
      return await this.readOnSqliteReader(work);
    } finally {
      this.release();
    }
  }

  /** Reads running now (for tests and diagnostics). */
  get running(): number {
    return this.active;
  }

  /** Closes the SQLite readers; reads still running finish first. */
  async close(): Promise<void> {
    this.closed = true;
    while (this.active > 0) await new Promise<void>((resolve) => this.waiting.push(resolve));
    await Promise.all(this.opened.map((reader) => reader.destroy()));
    this.opened.length = 0;
    this.idle.length = 0;
  }

  private async acquire(): Promise<void> {
    while (this.active >= MAX_CONCURRENT_READS)
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
  }

  private release(): void {
    this.active--;
    this.waiting.shift()?.();
  }

  private async readOnPostgres<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    try {
      await runner.startTransaction('REPEATABLE READ');
      await runner.query('SET TRANSACTION READ ONLY');
      const result = await work(runner.manager);
      await runner.commitTransaction();
      return result;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }

  private async readOnSqliteReader<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    if (this.closed) throw new Error('The database is shutting down');
    const reader = this.idle.pop() ?? (await this.openReader());
    try {
      // A deferred BEGIN: the snapshot is taken by the first query and held until COMMIT.
      return await reader.manager.transaction((em) => work(em));
    } finally {
      this.idle.push(reader);
    }
  }

  private sqliteOptions(): DataSourceOptions & { type: 'better-sqlite3' } {
    return this.dataSource.options as DataSourceOptions & { type: 'better-sqlite3' };
  }

  private async openReader(): Promise<DataSource> {
    const options = this.sqliteOptions();
    const reader = new DataSource({
      ...options,
      readonly: true,
      fileMustExist: true,
      // The writer has put the file in WAL mode for good; a read-only connection cannot set it.
      enableWAL: false,
      migrations: [],
      migrationsRun: false,
    });
    await reader.initialize();
    this.opened.push(reader);
    return reader;
  }
}

function isInMemory(database: string | Uint8Array): boolean {
  return (
    typeof database !== 'string' || database === ':memory:' || database.startsWith('file::memory:')
  );
}
