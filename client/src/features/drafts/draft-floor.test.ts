import type { AmendmentView, DraftView, ParagraphView } from '#contract';
import { describe, expect, it } from 'vitest';
import { discussedNow, floorTopics, topicOf } from './draft-floor';

const paragraph = (id: string, number: number | null, text = id): ParagraphView =>
  ({ id, number, kind: number === null ? 'heading' : 'operative', text }) as ParagraphView;

const draft = {
  id: 'd',
  paragraphs: [paragraph('p1', 1), paragraph('h', null, 'Data'), paragraph('p2', 2)],
} as DraftView;

const amendment = (
  id: string,
  paragraphId: string,
  status: AmendmentView['status'],
  at = '2026-01-01T00:00:00Z',
): AmendmentView =>
  ({
    id,
    paragraphId,
    paragraphNumber: paragraphId === 'p1' ? 1 : 2,
    status,
    author: { id: 'x', name: 'Ana', organisation: null },
    createdAt: at,
    updatedAt: at,
  }) as AmendmentView;

describe('the draft’s floor topics', () => {
  it('offers the numbered paragraphs, then the amendments still proposed or voted on', () => {
    const list = [
      amendment('a1', 'p2', 'proposed'),
      amendment('a2', 'p1', 'rejected'),
      amendment('a3', 'p1', 'voting'),
    ];
    expect(floorTopics(draft, list).map((c) => [c.key, c.label, c.author])).toEqual([
      ['p:p1', '1', ''],
      ['p:p2', '2', ''],
      ['a:a1', '2', 'Ana'],
      ['a:a3', '1', 'Ana'],
    ]);
  });

  it('finds what a request names, and nothing for what is gone', () => {
    const list = [amendment('a1', 'p2', 'proposed')];
    expect(topicOf(draft, list, { paragraphId: 'p1' })).toMatchObject({
      paragraph: { id: 'p1' },
      amendment: null,
      label: '1',
    });
    expect(topicOf(draft, list, { amendmentId: 'a1' })).toMatchObject({
      paragraph: { id: 'p2' },
      amendment: { id: 'a1' },
      label: '2',
    });
    expect(topicOf(draft, list, { paragraphId: 'gone' })).toBeNull();
    expect(topicOf(draft, list, null)).toBeNull();
  });

  it('shows on the screen what the speaker asked on, else the amendment being decided', () => {
    const list = [
      amendment('a1', 'p2', 'voting'),
      amendment('a2', 'p1', 'proposed', '2026-01-02T00:00:00Z'),
    ];
    // The speaker's paragraph, with the amendment to it.
    expect(discussedNow(draft, list, { paragraphId: 'p1' })).toMatchObject({
      paragraph: { id: 'p1' },
      amendment: { id: 'a2' },
    });
    // A paragraph nobody amends: the paragraph alone.
    expect(
      discussedNow(draft, [amendment('a1', 'p2', 'voting')], { paragraphId: 'p1' }),
    ).toMatchObject({ paragraph: { id: 'p1' }, amendment: null });
    // No topic: the amendment being voted on.
    expect(discussedNow(draft, list, null)).toMatchObject({ amendment: { id: 'a1' } });
    expect(discussedNow(draft, [], null)).toBeNull();
  });
});
