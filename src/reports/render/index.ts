/**
 * The six export formats of an outcome document. Every renderer is a pure function of the
 * document: the same document gives the same bytes, so a frozen version's exports can be
 * checked against each other and regenerated at any time.
 */
import type { OutcomeDocument } from '../outcome-document';
import { renderCsv } from './csv';
import { renderDocx } from './docx';
import { renderHtml } from './html';
import { renderJson } from './json';
import { renderMarkdown } from './markdown';
import { renderPdf } from './pdf';

export { canonicalJson } from './json';

import type { ReportFormat } from '#contract';

export type { ReportFormat };

export interface ReportFormatInfo {
  contentType: string;
  extension: string;
}

export const REPORT_FORMATS: Readonly<Record<ReportFormat, ReportFormatInfo>> = {
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: 'docx',
  },
  pdf: { contentType: 'application/pdf', extension: 'pdf' },
  html: { contentType: 'text/html; charset=utf-8', extension: 'html' },
  md: { contentType: 'text/markdown; charset=utf-8', extension: 'md' },
  json: { contentType: 'application/json; charset=utf-8', extension: 'json' },
  csv: { contentType: 'text/csv; charset=utf-8', extension: 'csv' },
};

export const REPORT_FORMAT_NAMES = Object.keys(REPORT_FORMATS) as ReportFormat[];

export function isReportFormat(value: unknown): value is ReportFormat {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(REPORT_FORMATS, value);
}

const RENDERERS: Record<ReportFormat, (doc: OutcomeDocument) => Buffer | Promise<Buffer>> = {
  docx: renderDocx,
  pdf: renderPdf,
  html: renderHtml,
  md: renderMarkdown,
  json: renderJson,
  csv: renderCsv,
};

export async function renderOutcomeDocument(
  doc: OutcomeDocument,
  format: ReportFormat,
): Promise<Buffer> {
  const render = RENDERERS[format];
  if (!render) throw new TypeError(`Unknown report format: ${String(format)}`);
  return render(doc);
}

/**
 * A download name such as `global-conference-on-cities-and-migration-v2-draft.pdf`: ASCII only,
 * so that it needs no encoding in a Content-Disposition header.
 */
export function reportFileName(doc: OutcomeDocument, format: ReportFormat): string {
  const slug =
    doc.meta.title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80)
      .replace(/-+$/, '') || 'outcome-document';
  return `${slug}-v${doc.meta.version}-${doc.meta.status}.${REPORT_FORMATS[format].extension}`;
}
