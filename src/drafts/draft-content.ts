import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { canonicalJson } from '../reports/render';
import type { DraftParagraphSnapshot, DraftVersionContent } from './draft-document';
import { numberParagraphs } from './draft-views';
import { DraftParagraphTranslation } from './entities/draft-paragraph-translation.entity';
import { DraftParagraph } from './entities/draft-paragraph.entity';
import type { Draft } from './entities/draft.entity';
import { In, IsNull } from 'typeorm';

/**
 * The SHA-256 of a version's canonical JSON, with its number and label left out: the text, its
 * numbering and translations are covered, so freezing unchanged text again gives the same hash
 * (as compiling unchanged sessions does for the outcome document).
 */
export function draftContentHash(content: DraftVersionContent): string {
  const { version: _v, label: _l, ...text } = content;
  void _v;
  void _l;
  return createHash('sha256').update(canonicalJson(text)).digest('hex');
}

/** The draft's text as it stands, as a version would hold it. */
export async function currentContent(
  em: EntityManager,
  draft: Draft,
  version: number,
  label: string,
): Promise<DraftVersionContent> {
  const rows = await em.find(DraftParagraph, {
    where: { draftId: draft.id, deletedAt: IsNull() },
    order: { position: 'ASC' },
  });
  const translations = rows.length
    ? await em.find(DraftParagraphTranslation, {
        where: { paragraphId: In(rows.map((r) => r.id)) },
      })
    : [];
  const paragraphs: DraftParagraphSnapshot[] = numberParagraphs(rows).map((p) => ({
    id: p.id,
    kind: p.kind,
    number: p.number,
    text: p.text,
    alternatives: p.alternatives,
    sources: p.sources.map((recommendationId) => ({ recommendationId })),
    translations: Object.fromEntries(
      translations
        .filter((t) => t.paragraphId === p.id)
        .sort((a, b) => a.language.localeCompare(b.language))
        .map((t) => [
          t.language,
          {
            text: t.text,
            alternatives: t.alternatives,
            ...(t.paragraphVersion !== p.version ? { outdated: true } : {}),
          },
        ]),
    ),
  }));
  return {
    draftId: draft.id,
    conferenceId: draft.conferenceId,
    title: draft.title,
    language: draft.language,
    version,
    label,
    paragraphs,
  };
}
