/**
 * The render thread's entry point (see render-pool.ts): renders the documents it is sent, one
 * at a time, and sends the bytes back.
 */
import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import type { OutcomeDocument } from './outcome-document';
import { renderOutcomeDocument, reportFileName, type ReportFormat } from './render';

export interface RenderRequest {
  id: number;
  /** The stored document's JSON text: a string crosses threads as a plain copy, no object walk. */
  json: string;
  format: ReportFormat;
}

export type RenderReply =
  | {
      id: number;
      bytes: Uint8Array;
      fileName: string;
      /** The thread's heap just after the render (its peak is at most the pool's limit). */
      heapMb: number;
    }
  | { id: number; error: string };

parentPort?.on('message', (request: RenderRequest) => {
  const port = parentPort;
  const document = JSON.parse(request.json) as OutcomeDocument;
  renderOutcomeDocument(document, request.format).then(
    (buffer) => {
      const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
      const fileName = reportFileName(document, request.format);
      const heapMb = Math.round(getHeapStatistics().total_heap_size / 1e6);
      port?.postMessage({ id: request.id, bytes, fileName, heapMb } satisfies RenderReply);
    },
    (error: unknown) => {
      port?.postMessage({
        id: request.id,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      } satisfies RenderReply);
    },
  );
});
