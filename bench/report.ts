/**
 * `npm run bench:report`: seeds a large conference (40 sessions, 5,000 recommendations,
 * 500,000 votes, 50,000 comments) and one a tenth of its size in temporary SQLite databases,
 * then times, in the same run: the raw SQL aggregation of the tallies (one GROUP BY over the
 * votes, the floor any compile must pay), the compile (database → OutcomeDocument) and the
 * rendering of each format, with the longest event-loop stall of each.
 *
 * Targets (issues 5 and 17): compile ≤ 3 × the raw aggregation; all six formats together ≤ 5 s
 * at full size and ≤ 0.5 s at a tenth, the render thread's heap under 500 MB.
 * Options: --scales 0.1,1 --runs 5 --out bench/results/runs/report.json
 */
import type BetterSqlite3 from 'better-sqlite3';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../src/database/data-source';
import { ConsistentReader } from '../src/database/consistent-read';
import { TransactionRunner } from '../src/database/transaction-runner';
import { FrameworksService } from '../src/frameworks/frameworks.service';
import { OutcomeCompiler } from '../src/reports/compile/outcome-compiler';
import { SnapshotLoader } from '../src/reports/compile/snapshot-loader';
import type { OutcomeDocument } from '../src/reports/outcome-document';
import {
  REPORT_FORMAT_NAMES,
  renderOutcomeDocument,
  type ReportFormat,
} from '../src/reports/render';
import { RenderPool } from '../src/reports/render-pool';
import { benchArgs, round, timed } from './report/measure';
import { FULL, scaled, seedConference, type Size } from './report/seed';

const args = benchArgs();
const SCALES = (args.get('scales') ?? '0.1,1').split(',').map(Number);
const RUNS = Number(args.get('runs') ?? 5);
const OUT = resolve(args.get('out') ?? 'bench/results/runs/report.json');

interface ScaleResult {
  scale: number;
  size: Size;
  seedMs: number;
  rawAggregationMs: number;
  compile: { ms: number; readMs: number; assembleMs: number; maxBlockMs: number };
  ratio: number;
  document: { adopted: number; noted: number; chapters: number; jsonBytes: number };
  /** In the main thread (the renderer's own cost), and through the render thread (the server's path). */
  render: Record<
    ReportFormat,
    {
      ms: number;
      maxBlockMs: number;
      cpuMs: number;
      bytes: number;
      workerMs: number;
      workerMaxBlockMs: number;
      workerHeapMb: number;
    }
  >;
  renderAllMs: number;
  /** The same renders' CPU time, for runs on a loaded machine. */
  renderAllCpuMs: number;
  /** The target for all six formats at this size: 5 s at full size, 0.5 s at a tenth. */
  renderTargetMs: number;
}

/** The same aggregate as the compiler's, straight on the driver: no TypeORM, no assembly. */
function rawAggregation(dataSource: DataSource, sessionIds: string[]): () => number {
  const db = (dataSource.driver as unknown as { databaseConnection: BetterSqlite3.Database })
    .databaseConnection;
  const statement = db.prepare(
    `SELECT "recommendationId", "constituency", "value", COUNT(*) AS "count" FROM "votes"
     WHERE "sessionId" IN (${sessionIds.map(() => '?').join(', ')})
     GROUP BY "recommendationId", "constituency", "value"`,
  );
  return () => statement.all(...sessionIds).length;
}

async function measure(scale: number): Promise<ScaleResult> {
  const size = scale === 1 ? FULL : scaled(FULL, scale);
  const folder = mkdtempSync(join(tmpdir(), 'agora-bench-report-'));
  const path = join(folder, 'bench.sqlite');
  const dataSource = await createDataSource({
    type: 'sqlite',
    path,
    synchronous: 'NORMAL',
  }).initialize();
  const reader = new ConsistentReader(
    dataSource,
    new TransactionRunner(dataSource, new EventEmitter2()),
  );
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const seedStart = performance.now();
    const { conferenceId, sessionIds } = seedConference(path, size);
    const seedMs = performance.now() - seedStart;
    process.stderr.write(`  seeded ${JSON.stringify(size)} in ${round(seedMs / 1000)} s\n`);

    const raw = await timed(RUNS, rawAggregation(dataSource, sessionIds));
    const compiler = new OutcomeCompiler(reader, new FrameworksService(), new SnapshotLoader());
    const phases: Array<{ read: number; total: number }> = [];
    const compile = await timed(RUNS, async () => {
      const start = performance.now();
      let read = 0;
      const compiled = await compiler.compile(conferenceId, {}, (done) => {
        // Step 5 is the last query: the read transaction ends here.
        if (done === 5) read = performance.now() - start;
      });
      phases.push({ read, total: performance.now() - start });
      return compiled;
    });
    const readMs = phases
      .slice(1)
      .map((p) => p.read)
      .sort((a, b) => a - b)[Math.floor(RUNS / 2)];
    const doc: OutcomeDocument = {
      ...compile.result.document,
      meta: { ...compile.result.document.meta, version: 1 },
    };

    const render = {} as ScaleResult['render'];
    const pool = new RenderPool();
    const json = JSON.stringify(doc);
    // Big documents take seconds per format: one timed run each (after a warm-up on small ones).
    const renderRuns = scale >= 1 ? 1 : 3;
    for (const format of REPORT_FORMAT_NAMES) {
      const direct = await timed(renderRuns, () => renderOutcomeDocument(doc, format), scale < 1);
      const viaWorker = await timed(1, () => pool.render(json, format), true);
      render[format] = {
        ms: round(direct.ms),
        maxBlockMs: round(direct.maxBlockMs),
        cpuMs: round(direct.cpuMs),
        bytes: direct.result.length,
        workerMs: round(viaWorker.ms),
        workerMaxBlockMs: round(viaWorker.maxBlockMs),
        workerHeapMb: viaWorker.result.heapMb ?? 0,
      };
      process.stderr.write(`  ${format}: ${round(direct.ms)} ms\n`);
    }
    await pool.onModuleDestroy();
    return {
      scale,
      size,
      seedMs: round(seedMs),
      rawAggregationMs: round(raw.ms, 2),
      compile: {
        ms: round(compile.ms),
        readMs: round(readMs),
        assembleMs: round(compile.ms - readMs),
        maxBlockMs: round(compile.maxBlockMs),
      },
      ratio: round(compile.ms / raw.ms, 2),
      document: {
        adopted: doc.chapters.reduce((n, c) => n + c.recommendations.length, 0),
        noted: doc.annexA.length,
        chapters: doc.chapters.length,
        jsonBytes: Buffer.byteLength(JSON.stringify(doc)),
      },
      render,
      renderAllMs: round(Object.values(render).reduce((sum, r) => sum + r.ms, 0)),
      renderAllCpuMs: round(Object.values(render).reduce((sum, r) => sum + r.cpuMs, 0)),
      renderTargetMs: scale >= 1 ? 5000 : 500,
    };
  } finally {
    await reader.close();
    await dataSource.destroy();
    rmSync(folder, { recursive: true, force: true });
  }
}

function table(results: ScaleResult[]): string {
  const rows: string[][] = [
    ['', ...results.map((r) => `×${r.scale} (${r.size.votes.toLocaleString('en')} votes)`)],
    ['raw GROUP BY over votes (ms)', ...results.map((r) => String(r.rawAggregationMs))],
    ['compile (ms)', ...results.map((r) => String(r.compile.ms))],
    ['  of which read transaction (ms)', ...results.map((r) => String(r.compile.readMs))],
    ['  of which assembly + hash (ms)', ...results.map((r) => String(r.compile.assembleMs))],
    ['compile / raw (target ≤ 3)', ...results.map((r) => String(r.ratio))],
    ['longest event-loop stall, compile (ms)', ...results.map((r) => String(r.compile.maxBlockMs))],
    ...REPORT_FORMAT_NAMES.map((f) => [
      `render ${f}: ms (stall) | on render thread: ms (stall) | size`,
      ...results.map(
        (r) =>
          `${r.render[f].ms} (${r.render[f].maxBlockMs}) | ${r.render[f].workerMs} (${r.render[f].workerMaxBlockMs}) | ${(r.render[f].bytes / 1e6).toFixed(2)} MB`,
      ),
    ]),
    [
      'all formats (ms) / target / ÷ raw GROUP BY',
      ...results.map(
        (r) =>
          `${r.renderAllMs} / ${r.renderTargetMs} ${r.renderAllMs <= r.renderTargetMs ? 'met' : 'MISSED'} / ${round(r.renderAllMs / r.rawAggregationMs, 2)}`,
      ),
    ],
    [
      'all formats, CPU time of the process (ms)',
      ...results.map((r) =>
        [
          String(r.renderAllCpuMs),
          ...REPORT_FORMAT_NAMES.map((f) => `${f} ${r.render[f].cpuMs}`),
        ].join(' '),
      ),
    ],
    [
      'render thread heap after each format (MB, target < 500)',
      ...results.map((r) =>
        REPORT_FORMAT_NAMES.map((f) => `${f} ${r.render[f].workerHeapMb}`).join(' '),
      ),
    ],
    [
      'document (adopted / noted / chapters)',
      ...results.map((r) => `${r.document.adopted} / ${r.document.noted} / ${r.document.chapters}`),
    ],
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  return rows.map((row) => row.map((cell, i) => cell.padEnd(widths[i])).join('  ')).join('\n');
}

async function main(): Promise<void> {
  const results: ScaleResult[] = [];
  for (const scale of SCALES) {
    process.stderr.write(`scale ×${scale}\n`);
    results.push(await measure(scale));
  }
  const growth =
    results.length >= 2
      ? {
          sizeFactor: results[results.length - 1].size.votes / results[0].size.votes,
          rawFactor: round(
            results[results.length - 1].rawAggregationMs / results[0].rawAggregationMs,
            2,
          ),
          compileFactor: round(results[results.length - 1].compile.ms / results[0].compile.ms, 2),
          renderFactor: round(results[results.length - 1].renderAllMs / results[0].renderAllMs, 2),
        }
      : null;
  console.log(table(results));
  if (growth)
    console.log(
      `growth ×${growth.sizeFactor} data: raw ×${growth.rawFactor}, compile ×${growth.compileFactor}, rendering ×${growth.renderFactor}`,
    );
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(
    OUT,
    JSON.stringify(
      { date: new Date().toISOString(), node: process.version, runs: RUNS, results, growth },
      null,
      2,
    ) + '\n',
  );
  console.log(`written to ${OUT}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
