import type { DataSource, EntityManager } from 'typeorm';
import type { TransactionRunner } from '../../database/transaction-runner';

/**
 * Runs every read of a compile against one snapshot of the database, so that a vote or a close
 * landing half-way through cannot give a document whose tallies and dispositions disagree.
 *
 * SQLite: one read transaction on the process's single connection, which must queue with the
 * writes (TransactionRunner) — the loader therefore keeps its queries few and set-based so the
 * queue is held briefly (measured by `npm run bench:report`). WAL mode gives the transaction a
 * stable snapshot.
 *
 * PostgreSQL: a REPEATABLE READ, READ ONLY transaction on its own pooled connection, which
 * blocks no writer and is never retried.
 * TODO(postgres): not covered by the test suite, which runs on SQLite; tried by hand once on a
 * local PostgreSQL 15 (compile, two concurrent compiles, finalize, every download).
 */
export async function readConsistently<T>(
  dataSource: DataSource,
  transactions: TransactionRunner,
  work: (em: EntityManager) => Promise<T>,
): Promise<T> {
  if (dataSource.options.type !== 'postgres') return transactions.run(({ em }) => work(em));
  const runner = dataSource.createQueryRunner();
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
