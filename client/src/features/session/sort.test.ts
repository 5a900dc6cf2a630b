import { describe, expect, it } from 'vitest';
import { recommendation } from '../../test-support/fixtures';
import { applyOrder, sameOrder, sortRecommendations } from './sort';

const tally = (support: number, oppose: number, abstain = 0) => ({
  tally: { support, oppose, abstain },
});

describe('recommendation order (as the server sorts)', () => {
  const a = recommendation('a', { ...tally(5, 1), createdAt: '2017-11-16T09:00:00Z' });
  const b = recommendation('b', { ...tally(9, 0), createdAt: '2017-11-16T09:10:00Z' });
  const c = recommendation('c', { ...tally(4, 4), createdAt: '2017-11-16T09:20:00Z' });
  const d = recommendation('d', {
    ...tally(3, 0),
    createdAt: '2017-11-16T09:30:00Z',
    bridging: 0.8,
  });
  const ids = (sort: Parameters<typeof sortRecommendations>[1]) =>
    sortRecommendations([a, b, c, d], sort).map((r) => r.id);

  it('top: net support, then support, then oldest', () => {
    expect(ids('top')).toEqual(['b', 'a', 'd', 'c']);
  });
  it('new: newest first', () => {
    expect(ids('new')).toEqual(['d', 'c', 'b', 'a']);
  });
  it('consensus: bridging score first', () => {
    expect(ids('consensus')).toEqual(['d', 'b', 'a', 'c']);
  });
  it('contested: most divided, then most decided votes', () => {
    expect(ids('contested')).toEqual(['c', 'a', 'b', 'd']);
  });

  it('keeps a frozen order and places newcomers by the sort', () => {
    expect(applyOrder([a, b, d], ['a', 'b'], 'top').map((r) => r.id)).toEqual(['a', 'b', 'd']);
    expect(applyOrder([a, b, d], ['a', 'b'], 'new').map((r) => r.id)).toEqual(['d', 'a', 'b']);
    expect(applyOrder([a], ['a', 'gone'], 'top').map((r) => r.id)).toEqual(['a']);
    expect(sameOrder([a, b], [a, b])).toBe(true);
    expect(sameOrder([a, b], [b, a])).toBe(false);
  });
});
