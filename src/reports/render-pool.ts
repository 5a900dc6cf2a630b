import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ReportFormat } from './render';
import type { RenderReply, RenderRequest } from './render-worker';

/**
 * When this module runs from TypeScript sources (the Jest suites), the worker gets a tiny
 * require hook that transpiles the renderer's .ts files with the TypeScript compiler; from
 * dist it loads the compiled JavaScript directly.
 */
const TYPESCRIPT_BOOTSTRAP = (entry: string): string => `
const ts = require('typescript');
const { readFileSync } = require('node:fs');
require.extensions['.ts'] = (module, filename) => {
  const { outputText } = ts.transpileModule(readFileSync(filename, 'utf8'), {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  });
  module._compile(outputText, filename);
};
require(${JSON.stringify(entry)});
`;

export interface RenderedFile {
  content: Buffer;
  fileName: string;
  /** The render thread's heap just after this render, in MB. */
  heapMb?: number;
}

/**
 * With a heap limit of its own, a render that runs out of memory ends the thread (that download
 * fails) rather than the whole server. `npm run bench:report` prints the thread's heap after
 * each format of its 5,000-recommendation conference (target: under 500 MB).
 */
const LIMITS = { maxOldGenerationSizeMb: 4096 };

interface Pending {
  resolve: (file: RenderedFile) => void;
  reject: (error: Error) => void;
}

/**
 * Renders outcome documents on one worker thread. A large document takes seconds to lay out
 * as DOCX or PDF (see README, "Performance"), all of it synchronous work that would stop every
 * live session's sockets and tally broadcasts on the main thread. One worker, started on first
 * use: renders queue there rather than compete for the two cores with the live sessions.
 */
@Injectable()
export class RenderPool implements OnModuleDestroy {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  /** Renders a stored document (its JSON text, which the main thread then never parses). */
  render(json: string, format: ReportFormat): Promise<RenderedFile> {
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    // Referenced while it works, so that a process waiting only for it does not exit.
    worker.ref();
    return new Promise<RenderedFile>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, json, format } satisfies RenderRequest);
    });
  }

  async onModuleDestroy(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private start(): Worker {
    const typescript = __filename.endsWith('.ts');
    const entry = join(__dirname, `render-worker.${typescript ? 'ts' : 'js'}`);
    const worker = typescript
      ? new Worker(TYPESCRIPT_BOOTSTRAP(entry), { eval: true, resourceLimits: LIMITS })
      : new Worker(entry, { resourceLimits: LIMITS });
    worker.on('message', (reply: RenderReply) => {
      const job = this.pending.get(reply.id);
      if (!job) return;
      this.pending.delete(reply.id);
      // An idle render thread must not keep the process (a test, a shutdown) alive.
      if (this.pending.size === 0) worker.unref();
      if ('error' in reply) {
        job.reject(new Error(`rendering failed: ${reply.error}`));
        return;
      }
      const { buffer, byteOffset, byteLength } = reply.bytes;
      job.resolve({
        content: Buffer.from(buffer, byteOffset, byteLength),
        fileName: reply.fileName,
        heapMb: reply.heapMb,
      });
    });
    worker.on('error', (error) => this.fail(worker, error));
    worker.on('exit', (code) =>
      this.fail(worker, new Error(`the render thread stopped (${code})`)),
    );
    this.worker = worker;
    return worker;
  }

  /** A crashed thread fails what it was doing; the next render starts a new one. */
  private fail(worker: Worker, error: Error): void {
    if (this.worker === worker) this.worker = null;
    for (const job of this.pending.values()) job.reject(error);
    this.pending.clear();
  }
}
