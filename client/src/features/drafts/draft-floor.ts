/**
 * What the draft's floor can be asked on, and what a request's topic points at: pure functions of
 * the draft and its amendments, shared by the drafting room's panel and the room screen.
 */
import type { AmendmentView, DraftView, ParagraphView, SpeakerTopic } from '#contract';
import { amendmentUnderDiscussion } from './draft-text';

export interface FloorTopic {
  key: string;
  kind: 'paragraph' | 'amendment';
  /** The paragraph's number as delegates cite it. */
  label: string;
  /** The amendment's author (empty for a paragraph). */
  author: string;
  topic: SpeakerTopic;
}

const PENDING = new Set(['proposed', 'voting']);

/** The numbered paragraphs, then the amendments still proposed or being voted on (as the server accepts). */
export function floorTopics(draft: DraftView, amendments: AmendmentView[]): FloorTopic[] {
  const paragraphs = draft.paragraphs
    .filter((p) => p.number !== null)
    .map((p): FloorTopic => ({
      key: `p:${p.id}`,
      kind: 'paragraph',
      label: String(p.number),
      author: '',
      topic: { paragraphId: p.id },
    }));
  const pending = amendments
    .filter((a) => PENDING.has(a.status))
    .map((a): FloorTopic => ({
      key: `a:${a.id}`,
      kind: 'amendment',
      label: String(a.paragraphNumber ?? '—'),
      author: a.author.name,
      topic: { amendmentId: a.id },
    }));
  return [...paragraphs, ...pending];
}

export interface TopicTarget {
  paragraph: ParagraphView | null;
  amendment: AmendmentView | null;
  /** The paragraph's number, or its text for a heading. */
  label: string;
}

const labelOf = (paragraph: ParagraphView | null | undefined, fallback: number | null) =>
  paragraph
    ? paragraph.number === null
      ? paragraph.text
      : String(paragraph.number)
    : String(fallback ?? '—');

/** The paragraph (and amendment) a request's topic names, or null for none or an unknown one. */
export function topicOf(
  draft: DraftView,
  amendments: AmendmentView[],
  topic: SpeakerTopic,
): TopicTarget | null {
  if (!topic) return null;
  if ('amendmentId' in topic) {
    const amendment = amendments.find((a) => a.id === topic.amendmentId);
    if (!amendment) return null;
    const paragraph = draft.paragraphs.find((p) => p.id === amendment.paragraphId) ?? null;
    return { paragraph, amendment, label: labelOf(paragraph, amendment.paragraphNumber) };
  }
  if ('paragraphId' in topic) {
    const paragraph = draft.paragraphs.find((p) => p.id === topic.paragraphId);
    return paragraph ? { paragraph, amendment: null, label: labelOf(paragraph, null) } : null;
  }
  return null;
}

/**
 * What the room screen shows as under discussion: what the speaker with the floor asked to speak
 * on — an amendment, or a paragraph with the amendment to it that is being voted on or proposed —
 * and otherwise the amendment being voted on (or the latest proposed).
 */
export function discussedNow(
  draft: DraftView,
  amendments: AmendmentView[],
  topic: SpeakerTopic,
): TopicTarget | null {
  const asked = topicOf(draft, amendments, topic);
  if (asked && !asked.amendment && asked.paragraph) {
    const onIt = amendmentUnderDiscussion(
      amendments.filter((a) => a.paragraphId === asked.paragraph!.id),
    );
    return { ...asked, amendment: onIt };
  }
  if (asked) return asked;
  const amendment = amendmentUnderDiscussion(amendments);
  if (!amendment) return null;
  const paragraph = draft.paragraphs.find((p) => p.id === amendment.paragraphId) ?? null;
  return { paragraph, amendment, label: labelOf(paragraph, amendment.paragraphNumber) };
}
