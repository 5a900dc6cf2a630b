/**
 * `npm run bench:personal-data`: what long reads do to the writes of a live room (issue 12,
 * finding 6). Seeds 600,000 audit entries in a temporary SQLite database, then, in the same run,
 * times small write transactions (one audit row each, the size of a vote's) paced at 200/s:
 *
 * - alone (the baseline);
 * - beside four personal-data downloads running back to back, as they ran before: read through
 *   the writer queue, without the indexes by actor and target;
 * - the same through the writer queue, with the indexes;
 * - the same through ConsistentReader (read-only connections beside the writer), with the indexes.
 *
 * Each cell lasts --seconds; writes are started every 5 ms of it, or as soon as the event loop
 * lets the driver's timer fire (better-sqlite3 is synchronous: a long query blocks it).
 * Options: --rows 600000 --seconds 5 --out bench/results/runs/personal-data.json
 */
import BetterSqlite3 from 'better-sqlite3';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { AuditRepository } from '../src/audit/audit.repository';
import { AuditService } from '../src/audit/audit.service';
import type { Actor } from '../src/common/auth/actor';
import { ConsistentReader } from '../src/database/consistent-read';
import { createDataSource } from '../src/database/data-source';
import { TransactionRunner } from '../src/database/transaction-runner';
import { ParticipantPrivacyService } from '../src/privacy/participant-privacy.service';
import { benchArgs, median, percentile, round } from './report/measure';

const args = benchArgs();
const arg = (name: string, fallback: string): string => args.get(name) ?? fallback;
const ROWS = Number(arg('rows', '600000'));
const SECONDS = Number(arg('seconds', '5'));
const OUT = resolve(arg('out', 'bench/results/runs/personal-data.json'));
const PARALLEL_DOWNLOADS = 4;
const WRITE_INTERVAL_MS = 5;

/** 600,000 audit rows by 2,000 actors over a day, 300 of them by or about `subject`. */
function seedAudit(path: string, subject: string): void {
  const db = new BetterSqlite3(path);
  const insert = db.prepare(
    `INSERT INTO audit_entries (id, createdAt, actorId, actorRole, action, targetType, targetId)
     VALUES (?, ?, ?, 'delegate', 'vote.cast', 'recommendation', ?)`,
  );
  const actors = Array.from({ length: 2000 }, () => randomUUID());
  const start = Date.parse('2017-11-16T09:00:00Z');
  db.transaction(() => {
    for (let i = 0; i < ROWS; i++) {
      const actor = i % 2000 === 0 ? subject : actors[i % actors.length];
      const at = new Date(start + Math.floor((i / ROWS) * 86_400_000)).toISOString();
      insert.run(randomUUID(), at.replace('T', ' ').replace('Z', ''), actor, randomUUID());
    }
  })();
  db.close();
}

interface Cell {
  cell: string;
  writes: number;
  writeP50: number;
  writeP95: number;
  writeMax: number;
  downloads: number;
  downloadMedianMs: number | null;
}

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'agora-bench-personal-'));
  const path = join(folder, 'bench.sqlite');
  const dataSource = await createDataSource({
    type: 'sqlite',
    path,
    synchronous: 'NORMAL',
  }).initialize();
  const transactions = new TransactionRunner(dataSource, new EventEmitter2());
  const reader = new ConsistentReader(dataSource, transactions);
  // The reads as they were: a read transaction in the writer queue.
  const queued = {
    read: (work) => transactions.run(({ em }) => work(em)),
  } as Pick<ConsistentReader, 'read'> as ConsistentReader;
  const auditEntries = new AuditRepository();
  const audit = new AuditService(dataSource, auditEntries);
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const subject = randomUUID();
    await dataSource.query(
      `INSERT INTO participants (id, createdAt, updatedAt, name, email, role, language, active, secretHash)
       VALUES (?, datetime('now'), datetime('now'), 'Bench delegate', 'bench@agora.test', 'delegate', 'en', 1, 'x')`,
      [subject],
    );
    const seedStart = performance.now();
    seedAudit(path, subject);
    process.stderr.write(
      `  seeded ${ROWS} audit rows in ${round((performance.now() - seedStart) / 1000)} s\n`,
    );
    const actor = { id: subject, role: 'delegate', conferenceId: null } as unknown as Actor;

    const measure = async (cell: string, via: ConsistentReader | null): Promise<Cell> => {
      const privacy = via
        ? new ParticipantPrivacyService(via, transactions, audit, auditEntries)
        : null;
      let stop = false;
      const downloadTimes: number[] = [];
      const downloaders = privacy
        ? Array.from({ length: PARALLEL_DOWNLOADS }, async () => {
            while (!stop) {
              const start = performance.now();
              await privacy.download(actor);
              downloadTimes.push(performance.now() - start);
            }
          })
        : [];
      const latencies: number[] = [];
      const writes: Array<Promise<void>> = [];
      const end = performance.now() + SECONDS * 1000;
      while (performance.now() < end) {
        const start = performance.now();
        writes.push(
          transactions
            .run(({ em }) => audit.record(em, { action: 'bench.write', actor: null }))
            .then(() => void latencies.push(performance.now() - start)),
        );
        await new Promise((r) => setTimeout(r, WRITE_INTERVAL_MS));
      }
      await Promise.all(writes);
      stop = true;
      await Promise.all(downloaders);
      const result: Cell = {
        cell,
        writes: latencies.length,
        writeP50: round(median(latencies)),
        writeP95: round(percentile(latencies, 95)),
        writeMax: round(Math.max(...latencies)),
        downloads: downloadTimes.length,
        downloadMedianMs: downloadTimes.length ? round(median(downloadTimes)) : null,
      };
      process.stderr.write(`  ${JSON.stringify(result)}\n`);
      return result;
    };

    const indexes = ['IDX_audit_actor_time', 'IDX_audit_target_time'];
    const definitions: Array<{ sql: string }> = await dataSource.query(
      `SELECT sql FROM sqlite_master WHERE name IN (${indexes.map(() => '?').join(', ')})`,
      indexes,
    );
    const cells: Cell[] = [];
    cells.push(await measure('writes alone (baseline)', null));
    for (const name of indexes) await dataSource.query(`DROP INDEX "${name}"`);
    cells.push(await measure('+ 4 downloads in the writer queue, no index (before)', queued));
    for (const { sql } of definitions) await dataSource.query(sql);
    cells.push(await measure('+ 4 downloads in the writer queue, indexed', queued));
    cells.push(await measure('+ 4 downloads on ConsistentReader, indexed (now)', reader));

    console.log(
      `\n${ROWS.toLocaleString('en')} audit rows, writes every ${WRITE_INTERVAL_MS} ms for ${SECONDS} s\n`,
    );
    console.log(
      '| cell | writes | write p50 | write p95 | write max | downloads | download median |',
    );
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const c of cells)
      console.log(
        `| ${c.cell} | ${c.writes} | ${c.writeP50} ms | ${c.writeP95} ms | ${c.writeMax} ms | ${c.downloads} | ${c.downloadMedianMs ?? '—'} ms |`,
      );
    mkdirSync(dirname(OUT), { recursive: true });
    writeFileSync(OUT, JSON.stringify({ rows: ROWS, seconds: SECONDS, cells }, null, 2) + '\n');
  } finally {
    await transactions.drain();
    await reader.close();
    await dataSource.destroy();
    rmSync(folder, { recursive: true, force: true });
  }
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
