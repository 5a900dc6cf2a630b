import type { AmendmentView, DraftView, ParticipantView } from '#contract';
import { describe, expect, it } from 'vitest';
import {
  amendmentUnderDiscussion,
  amendmentsByParagraph,
  bracketSegments,
  canCoSponsor,
  chairs,
  linesOf,
  orphanAmendments,
  parseParagraphNumbers,
} from './draft-text';

describe('bracketSegments', () => {
  it('marks bracketed runs and keeps the brackets in the text', () => {
    expect(bracketSegments('We [commit to] ensure [access]')).toEqual([
      { text: 'We ', bracketed: false },
      { text: '[commit to]', bracketed: true },
      { text: ' ensure ', bracketed: false },
      { text: '[access]', bracketed: true },
    ]);
  });

  it('gives nested brackets to the outer run and runs an unclosed one to the end', () => {
    expect(bracketSegments('a [b [c] d] e [f')).toEqual([
      { text: 'a ', bracketed: false },
      { text: '[b [c] d]', bracketed: true },
      { text: ' e ', bracketed: false },
      { text: '[f', bracketed: true },
    ]);
  });

  it('leaves a clean text whole, and a stray closing bracket plain', () => {
    expect(bracketSegments('clean text] here')).toEqual([
      { text: 'clean text] here', bracketed: false },
    ]);
    expect(bracketSegments('')).toEqual([]);
  });

  it('joins back to the original text', () => {
    const text = '[Alt] one [two [three]] four]';
    expect(
      bracketSegments(text)
        .map((s) => s.text)
        .join(''),
    ).toBe(text);
  });
});

const person = (id: string) => ({ id, name: id, organisation: null });

function amendment(
  id: string,
  paragraphId: string,
  status: AmendmentView['status'],
  createdAt: string,
): AmendmentView {
  return {
    id,
    draftId: 'd',
    paragraphId,
    paragraphNumber: 1,
    kind: 'replace',
    text: 'x',
    reason: 'r',
    status,
    outdated: false,
    baseVersion: 1,
    baseText: 'y',
    diff: [],
    compromiseText: null,
    note: null,
    author: person('author'),
    sponsors: [],
    tally: { support: 0, oppose: 0, abstain: 0 },
    bridging: 0,
    consensus: null,
    myVote: null,
    decidedAt: null,
    appliedAt: null,
    createdAt,
    updatedAt: createdAt,
  };
}

describe('amendmentsByParagraph', () => {
  it('groups by paragraph with pending amendments first, oldest first', () => {
    const groups = amendmentsByParagraph([
      amendment('a', 'p1', 'rejected', '2026-01-01T00:00:00Z'),
      amendment('b', 'p1', 'proposed', '2026-01-03T00:00:00Z'),
      amendment('c', 'p2', 'voting', '2026-01-02T00:00:00Z'),
      amendment('d', 'p1', 'voting', '2026-01-02T00:00:00Z'),
    ]);
    expect(groups.get('p1')!.map((a) => a.id)).toEqual(['d', 'b', 'a']);
    expect(groups.get('p2')!.map((a) => a.id)).toEqual(['c']);
  });

  it('finds the amendments of deleted paragraphs', () => {
    const draft = { paragraphs: [{ id: 'p1' }] } as DraftView;
    const list = [
      amendment('a', 'p1', 'proposed', '2026-01-01T00:00:00Z'),
      amendment('b', 'gone', 'accepted', '2026-01-01T00:00:00Z'),
    ];
    expect(orphanAmendments(draft, list).map((a) => a.id)).toEqual(['b']);
  });
});

describe('permissions offered', () => {
  const me = (id: string, role: ParticipantView['role']) => ({ id, role }) as ParticipantView;
  const draft = { chairs: [person('chair')] } as unknown as DraftView;

  it('makes chairs of the draft’s moderators and the secretariat only', () => {
    expect(chairs(me('chair', 'moderator'), draft)).toBe(true);
    expect(chairs(me('other', 'moderator'), draft)).toBe(false);
    expect(chairs(me('s', 'secretariat'), draft)).toBe(true);
    expect(chairs(me('chair', 'delegate'), draft)).toBe(false);
  });

  it('lets a delegate co-sponsor someone else’s proposed amendment once', () => {
    const a = amendment('a', 'p', 'proposed', '2026-01-01T00:00:00Z');
    expect(canCoSponsor(me('x', 'delegate'), a)).toBe(true);
    expect(canCoSponsor(me('author', 'delegate'), a)).toBe(false);
    expect(canCoSponsor(me('x', 'delegate'), { ...a, sponsors: [person('x')] })).toBe(false);
    expect(canCoSponsor(me('x', 'delegate'), { ...a, status: 'voting' })).toBe(false);
  });
});

describe('parseParagraphNumbers', () => {
  it('reads numbers separated by commas or spaces, once each', () => {
    expect(parseParagraphNumbers('2, 5 7,2')).toEqual([2, 5, 7]);
  });

  it('refuses anything but positive whole numbers', () => {
    expect(parseParagraphNumbers('')).toBeNull();
    expect(parseParagraphNumbers('2, x')).toBeNull();
    expect(parseParagraphNumbers('0')).toBeNull();
    expect(parseParagraphNumbers('1.5')).toBeNull();
  });
});

describe('amendmentUnderDiscussion', () => {
  it('prefers the amendment being voted on, else the latest proposed, else none', () => {
    const older = amendment('old', 'p', 'proposed', '2026-01-01T00:00:00Z');
    const newer = amendment('new', 'p', 'proposed', '2026-01-02T00:00:00Z');
    const voting = amendment('vote', 'p', 'voting', '2026-01-01T00:00:00Z');
    const done = amendment('done', 'p', 'accepted', '2026-01-03T00:00:00Z');
    expect(amendmentUnderDiscussion([older, voting, newer, done])?.id).toBe('vote');
    expect(amendmentUnderDiscussion([older, newer, done])?.id).toBe('new');
    expect(amendmentUnderDiscussion([done])).toBeNull();
  });
});

describe('linesOf', () => {
  it('takes one alternative wording per non-empty line, trimmed', () => {
    expect(linesOf(' Alt one \n\n  Alt two\n')).toEqual(['Alt one', 'Alt two']);
    expect(linesOf('   ')).toEqual([]);
  });
});
