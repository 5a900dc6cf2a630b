/**
 * The drafting room's documents: a version's clean text and the comparison of two versions,
 * in five formats. Pure functions of their input: the same documents give the same bytes (no
 * clock — dates come from the documents — and fixed zip timestamps), so a frozen version's
 * files can be regenerated and checked at any time.
 */
import type { DraftDocument, Language } from '../draft-document';
import { buildComparison, type ComparisonOptions } from './compare';
import { renderVersionDocx } from './docx';
import { renderComparisonDocx } from './docx-comparison';
import { renderComparisonHtml, renderVersionHtml } from './html';
import { renderComparisonJson, renderVersionJson } from './json';
import { renderComparisonMarkdown, renderVersionMarkdown } from './markdown';
import { renderComparisonPdf, renderVersionPdf } from './pdf';
import { slug } from './text';
import { buildVersionView, draftTitle, type VersionOptions } from './view';

export { isAdoptedVersion, ADOPTED_LABEL } from './view';
export { wordDiff, type DiffOp } from './compare';
export { LINE_LENGTH } from './text';
export { DRAFT_CATALOGUES, draftCatalogueFor } from './i18n';
export type { ComparisonOptions, VersionOptions };

export type DraftFormat = 'docx' | 'pdf' | 'html' | 'md' | 'json';

export interface DraftFormatInfo {
  contentType: string;
  extension: string;
}

export const DRAFT_FORMATS: Readonly<Record<DraftFormat, DraftFormatInfo>> = {
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: 'docx',
  },
  pdf: { contentType: 'application/pdf', extension: 'pdf' },
  html: { contentType: 'text/html; charset=utf-8', extension: 'html' },
  md: { contentType: 'text/markdown; charset=utf-8', extension: 'md' },
  json: { contentType: 'application/json; charset=utf-8', extension: 'json' },
};

export const DRAFT_FORMAT_NAMES = Object.keys(DRAFT_FORMATS) as DraftFormat[];

export function isDraftFormat(value: unknown): value is DraftFormat {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(DRAFT_FORMATS, value);
}

function checkFormat(format: DraftFormat): void {
  if (!isDraftFormat(format)) throw new TypeError(`Unknown draft format: ${String(format)}`);
}

/**
 * The clean text of a version in `language` (the drafting language by default): a paragraph
 * without a current translation is printed in the drafting language and marked. The adopted
 * version (`isAdoptedVersion`) prints as the declaration, with its provenance annex.
 */
export async function renderDraftVersion(
  doc: DraftDocument,
  format: DraftFormat,
  options: VersionOptions = {},
): Promise<Buffer> {
  checkFormat(format);
  const view = buildVersionView(doc, options);
  switch (format) {
    case 'docx':
      return renderVersionDocx(view, doc.meta.frozenOn);
    case 'pdf':
      return renderVersionPdf(view, doc.meta.frozenOn);
    case 'html':
      return renderVersionHtml(view);
    case 'md':
      return renderVersionMarkdown(view);
    case 'json':
      return renderVersionJson(doc, view);
  }
}

/**
 * The changes from one version to another of the same draft (a TypeError otherwise, or for a
 * date that is not ISO 8601). DOCX carries Word revision marks attributed to `author` at
 * `date` (the later version's date by default).
 */
export async function renderDraftComparison(
  from: DraftDocument,
  to: DraftDocument,
  format: DraftFormat,
  options: ComparisonOptions = {},
): Promise<Buffer> {
  checkFormat(format);
  const view = buildComparison(from, to, options);
  switch (format) {
    case 'docx':
      return renderComparisonDocx(view, to.meta.frozenOn);
    case 'pdf':
      return renderComparisonPdf(view, to.meta.frozenOn);
    case 'html':
      return renderComparisonHtml(view);
    case 'md':
      return renderComparisonMarkdown(view);
    case 'json':
      return renderComparisonJson(from, to, view);
  }
}

const versionSlug = (doc: DraftDocument): string =>
  doc.content.version === 0
    ? 'zero-draft'
    : doc.content.label === 'Adopted'
      ? 'adopted'
      : `rev-${doc.content.version}`;

/**
 * A download name such as `mechelen-declaration-on-cities-and-migration-rev-1-fr.pdf`: ASCII
 * only, so that it needs no encoding in a Content-Disposition header.
 */
export function draftVersionFileName(
  doc: DraftDocument,
  format: DraftFormat,
  language: Language = doc.content.language,
): string {
  const name = slug(draftTitle(doc, language), 'draft');
  return `${name}-${versionSlug(doc)}-${language}.${DRAFT_FORMATS[format].extension}`;
}

/** `…-rev-1-to-rev-2-compare-en.docx` */
export function draftComparisonFileName(
  from: DraftDocument,
  to: DraftDocument,
  format: DraftFormat,
  language: Language = to.content.language,
): string {
  const name = slug(draftTitle(to, language), 'draft');
  return `${name}-${versionSlug(from)}-to-${versionSlug(to)}-compare-${language}.${DRAFT_FORMATS[format].extension}`;
}
