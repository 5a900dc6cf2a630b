/**
 * JSON of a version (the text as printed in the requested language, with what each paragraph's
 * language is, and the stored content itself) and of a comparison (a structured diff). Keys are
 * sorted at every level (the outcome document's `canonicalJson`), so the bytes depend on the
 * content only.
 */
import { canonicalJson } from '../../reports/render/json';
import type { DraftDocument } from '../draft-document';
import type { ComparisonView } from './compare';
import type { VersionView } from './view';

export const VERSION_FORMAT = 'agora.draft-version/1';
export const COMPARISON_FORMAT = 'agora.draft-comparison/1';

export function renderVersionJson(doc: DraftDocument, view: VersionView): Buffer {
  const value = {
    format: VERSION_FORMAT,
    language: view.language,
    draftingLanguage: view.draftingLanguage,
    draft: {
      id: doc.content.draftId,
      conferenceId: doc.content.conferenceId,
      title: view.front.title,
      version: doc.content.version,
      label: doc.content.label,
      printedLabel: view.front.label,
      status: doc.meta.status,
      adopted: view.adopted,
      frozenOn: doc.meta.frozenOn,
      sha256: doc.meta.sha256,
    },
    conference: { title: view.front.conference, place: view.front.place },
    paragraphs: view.blocks.map((b) => ({
      id: b.id,
      kind: b.kind,
      number: b.number,
      text: b.text,
      alternatives: b.alternatives.map((alt) => alt.text),
      textLanguage: b.language,
      // original, translated, missing or outdated
      translation: b.state,
    })),
    provenance: doc.provenance ?? null,
    // Only when the draft's speakers' list had finished turns, so other documents keep their bytes.
    ...(doc.speaking ? { speaking: doc.speaking } : {}),
    // The version as stored and hashed, in the drafting language.
    content: doc.content,
  };
  return Buffer.from(canonicalJson(value), 'utf8');
}

export function renderComparisonJson(
  from: DraftDocument,
  to: DraftDocument,
  view: ComparisonView,
): Buffer {
  const ref = (doc: DraftDocument) => ({
    version: doc.content.version,
    label: doc.content.label,
    frozenOn: doc.meta.frozenOn,
    sha256: doc.meta.sha256,
  });
  const value = {
    format: COMPARISON_FORMAT,
    draftId: to.content.draftId,
    language: view.language,
    draftingLanguage: view.draftingLanguage,
    author: view.author,
    date: view.date,
    from: ref(from),
    to: ref(to),
    counts: view.counts,
    paragraphs: view.changes.map((c) => ({
      id: c.id,
      kind: c.kind,
      status: c.status,
      moved: c.moved,
      textChanged: c.textChanged,
      from: c.from,
      to: c.to,
      number: { from: c.from?.number ?? null, to: c.to?.number ?? null },
      ops: c.text.ops,
      alternatives: c.alternatives.map((alt, index) => ({
        index: index + 1,
        status:
          alt.from === null
            ? 'inserted'
            : alt.to === null
              ? 'deleted'
              : alt.changed
                ? 'changed'
                : 'unchanged',
        ops: alt.ops,
      })),
      textLanguage: c.language,
      translation: c.state,
    })),
  };
  return Buffer.from(canonicalJson(value), 'utf8');
}
