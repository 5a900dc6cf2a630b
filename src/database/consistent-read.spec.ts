import { EventEmitter2 } from '@nestjs/event-emitter';
import { DataSource, type EntityManager } from 'typeorm';
import { temporarySqlite } from '../../test/support/temp-database';
import { AuditEntry } from '../audit/audit-entry.entity';
import { ConsistentReader, MAX_CONCURRENT_READS } from './consistent-read';
import { createDataSource } from './data-source';
import { TransactionRunner } from './transaction-runner';

/** A promise with its resolve function, to hold a read or a write open at a chosen point. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

const countWrites = (em: EntityManager) => em.countBy(AuditEntry, { action: 'test.read' });

describe('ConsistentReader on a SQLite file', () => {
  const db = temporarySqlite();
  let dataSource: DataSource;
  let writer: TransactionRunner;
  let reader: ConsistentReader;

  const write = () =>
    writer.run(({ em }) => em.save(em.create(AuditEntry, { action: 'test.read' })));

  beforeAll(async () => {
    dataSource = await createDataSource(db.config).initialize();
    await dataSource.runMigrations();
    writer = new TransactionRunner(dataSource, new EventEmitter2());
    reader = new ConsistentReader(dataSource, writer);
    await write();
  });
  afterAll(async () => {
    await reader.close();
    await dataSource.destroy();
    db.remove();
  });

  it('keeps the snapshot of its first query while the writer commits beside it', async () => {
    const firstQueryDone = gate();
    const writesDone = gate();
    const read = reader.read(async (em) => {
      const before = await countWrites(em);
      firstQueryDone.open();
      await writesDone.promise;
      return { before, after: await countWrites(em) };
    });
    await firstQueryDone.promise;
    // These commit while the read is open: they do not wait for it, and it does not see them.
    await Promise.all([write(), write(), write()]);
    writesDone.open();
    const { before, after } = await read;
    expect(after).toBe(before);
    expect(await countWrites(dataSource.manager)).toBe(before + 3);
  });

  it('answers while a write transaction holds the writer, without its uncommitted rows', async () => {
    const before = await reader.read((em) => countWrites(em));
    const writerHeld = gate();
    const release = gate();
    const held = writer.run(async ({ em }) => {
      await em.save(em.create(AuditEntry, { action: 'test.read' }));
      writerHeld.open();
      await release.promise;
    });
    await writerHeld.promise;
    // Queued behind the held writer, this read would not answer before `release`.
    await expect(reader.read((em) => countWrites(em))).resolves.toBe(before);
    release.open();
    await held;
    await expect(reader.read((em) => countWrites(em))).resolves.toBe(before + 1);
  });

  it('refuses to write: its connection is read-only', async () => {
    await expect(
      reader.read((em) => em.save(em.create(AuditEntry, { action: 'test.read' }))),
    ).rejects.toThrow(/readonly|read-only/i);
    // The reader is usable again after the failure.
    await expect(reader.read((em) => countWrites(em))).resolves.toBeGreaterThan(0);
  });

  it(`runs at most ${MAX_CONCURRENT_READS} reads at once; the others wait their turn`, async () => {
    const release = gate();
    let peak = 0;
    let inside = 0;
    const reads = Array.from({ length: MAX_CONCURRENT_READS * 2 + 1 }, () =>
      reader.read(async (em) => {
        inside++;
        peak = Math.max(peak, inside);
        await countWrites(em);
        await release.promise;
        inside--;
        return true;
      }),
    );
    try {
      // Let every read that may start reach its gate (the first ones open their connections).
      while (inside < MAX_CONCURRENT_READS) await new Promise((r) => setTimeout(r, 5));
      for (let i = 0; i < 10; i++) await new Promise((r) => setImmediate(r));
      expect(inside).toBe(MAX_CONCURRENT_READS);
      expect(reader.running).toBe(MAX_CONCURRENT_READS);
    } finally {
      release.open();
    }
    await expect(Promise.all(reads)).resolves.toHaveLength(MAX_CONCURRENT_READS * 2 + 1);
    expect(peak).toBe(MAX_CONCURRENT_READS);
    expect(reader.running).toBe(0);
  });
});

describe('ConsistentReader on an in-memory SQLite database', () => {
  it('queues with the writes, since a second connection would see another database', async () => {
    const dataSource = await createDataSource({
      type: 'sqlite',
      path: ':memory:',
      synchronous: 'NORMAL',
    }).initialize();
    try {
      await dataSource.runMigrations();
      const writer = new TransactionRunner(dataSource, new EventEmitter2());
      const reader = new ConsistentReader(dataSource, writer);
      await writer.run(({ em }) => em.save(em.create(AuditEntry, { action: 'test.read' })));
      await expect(reader.read((em) => countWrites(em))).resolves.toBe(1);
      await reader.close();
    } finally {
      await dataSource.destroy();
    }
  });
});
