import { EventEmitter2 } from '@nestjs/event-emitter';
import { DataSource } from 'typeorm';
import { temporarySqlite } from '../../test/support/temp-database';
import { AuditEntry } from '../audit/audit-entry.entity';
import type { ArgOf } from '../common/events/domain-events';
import { createDataSource } from './data-source';
import { isRetryable, TransactionRunner } from './transaction-runner';

const tallyOf = (i: number): ArgOf<'tally.changed'> => ({
  conferenceId: 'c',
  sessionId: 's',
  payload: { recommendationId: String(i) },
});

describe('TransactionRunner on SQLite', () => {
  const db = temporarySqlite();
  let dataSource: DataSource;
  let emitter: EventEmitter2;
  let runner: TransactionRunner;

  beforeAll(async () => {
    dataSource = await createDataSource(db.config).initialize();
    await dataSource.runMigrations();
  });
  beforeEach(() => {
    emitter = new EventEmitter2();
    runner = new TransactionRunner(dataSource, emitter);
  });
  afterAll(async () => {
    await dataSource.destroy();
    db.remove();
  });

  const countAudit = () => dataSource.getRepository(AuditEntry).countBy({ action: 'test.write' });

  it('runs 200 transactions started at once, one after another, without a single failure', async () => {
    const before = await countAudit();
    const results = await Promise.allSettled(
      Array.from({ length: 200 }, (_, i) =>
        runner.run(async ({ em }) => {
          await em.save(em.create(AuditEntry, { action: 'test.write', details: { i } }));
          await new Promise((r) => setImmediate(r)); // yield mid-transaction, as real services do
          return i;
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(await countAudit()).toBe(before + 200);
  });

  it('rolls back a failed transaction, reports it, and keeps serving the queue', async () => {
    const before = await countAudit();
    const failing = runner.run(async ({ em }) => {
      await em.save(em.create(AuditEntry, { action: 'test.write' }));
      throw new Error('boom');
    });
    const next = runner.run(async ({ em }) =>
      em.save(em.create(AuditEntry, { action: 'test.write' })),
    );
    await expect(failing).rejects.toThrow('boom');
    await expect(next).resolves.toBeDefined();
    expect(await countAudit()).toBe(before + 1);
  });

  it('commits transactions queued together as a group, rolling back only the ones that fail', async () => {
    const before = await countAudit();
    const seen: number[] = [];
    emitter.on('tally.changed', (event: ArgOf<'tally.changed'>) =>
      seen.push(Number(event.payload.recommendationId)),
    );
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        runner.run(async ({ em, publish }) => {
          await em.save(em.create(AuditEntry, { action: 'test.write', details: { i } }));
          publish('tally.changed', tallyOf(i));
          if (i % 5 === 0) throw new Error(`job ${i} fails after writing`);
          return i;
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(10);
    expect(await countAudit()).toBe(before + 40);
    expect(seen.sort((a, b) => a - b)).toEqual(
      Array.from({ length: 50 }, (_, i) => i).filter((i) => i % 5 !== 0),
    );
  });

  it('emits published events only after commit, and never for a rolled-back transaction', async () => {
    const seen: Array<{ payload: unknown; committed: number }> = [];
    emitter.on('tally.changed', (event: ArgOf<'tally.changed'>) => {
      // By the time a listener runs, the write is visible to everyone.
      void countAudit().then((committed) => seen.push({ payload: event.payload, committed }));
    });
    const before = await countAudit();
    await runner.run(async ({ em, publish }) => {
      publish('tally.changed', tallyOf(1));
      await em.save(em.create(AuditEntry, { action: 'test.write' }));
    });
    await expect(
      runner.run(({ publish }) => {
        publish('tally.changed', tallyOf(2));
        return Promise.reject(new Error('rolled back'));
      }),
    ).rejects.toThrow();
    await runner.drain();
    await new Promise((r) => setImmediate(r));
    expect(seen).toEqual([{ payload: { recommendationId: '1' }, committed: before + 1 }]);
  });

  it('runs what a before-commit hook returns after commit, before the listeners, never after a rollback', async () => {
    const steps: string[] = [];
    emitter.on('tally.changed', (event: ArgOf<'tally.changed'>) =>
      steps.push(`listener ${event.payload.recommendationId}`),
    );
    runner.addBeforeCommitHook(async (em, events) => {
      const names = events.map((e) =>
        e.name === 'tally.changed' ? e.arg.payload.recommendationId : '',
      );
      const written = await em.count(AuditEntry, { where: { action: 'test.write' } });
      steps.push(`before commit ${names.join()}`);
      return () => steps.push(`after commit ${names.join()} (${written} written)`);
    });
    const before = await countAudit();
    await runner.run(async ({ em, publish }) => {
      await em.save(em.create(AuditEntry, { action: 'test.write' }));
      publish('tally.changed', tallyOf(1));
    });
    await expect(
      runner.run(({ publish }) => {
        publish('tally.changed', tallyOf(2));
        return Promise.reject(new Error('rolled back'));
      }),
    ).rejects.toThrow();
    expect(steps).toEqual([
      'before commit 1',
      `after commit 1 (${before + 1} written)`,
      'listener 1',
    ]);
  });

  it('recognises PostgreSQL serialization failures and deadlocks as retryable', () => {
    expect(isRetryable({ driverError: { code: '40001' } })).toBe(true);
    expect(isRetryable({ code: '40P01' })).toBe(true);
    expect(isRetryable({ code: '23505' })).toBe(false);
    expect(isRetryable(new Error('x'))).toBe(false);
  });
});
