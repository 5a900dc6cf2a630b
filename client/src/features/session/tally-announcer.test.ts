import { describe, expect, it } from 'vitest';
import { recommendation } from '../../test-support/fixtures';
import { TallyAnnouncer } from './tally-announcer';

const withSupport = (id: string, support: number) =>
  recommendation(id, { tally: { support, oppose: 0, abstain: 0 } });
const say = (a: TallyAnnouncer, now: number) =>
  a.take(
    now,
    (id) => `one:${id}`,
    (n) => `many:${n}`,
  );

describe('TallyAnnouncer', () => {
  it('says nothing for the first (baseline) observation', () => {
    const a = new TallyAnnouncer(5000);
    a.observe([withSupport('x', 3)]);
    expect(a.dueIn(0)).toBeNull();
    expect(say(a, 0)).toBeNull();
  });

  it('names the one recommendation that changed', () => {
    const a = new TallyAnnouncer(5000);
    a.observe([withSupport('x', 3), withSupport('y', 1)]);
    a.observe([withSupport('x', 4), withSupport('y', 1)]);
    expect(say(a, 10_000)).toBe('one:x');
  });

  it('speaks at most once per interval and then sums up what changed meanwhile', () => {
    const a = new TallyAnnouncer(5000);
    a.observe([withSupport('x', 0), withSupport('y', 0)]);
    a.observe([withSupport('x', 1), withSupport('y', 0)]);
    expect(say(a, 10_000)).toBe('one:x');
    for (let i = 2; i < 50; i++) a.observe([withSupport('x', i), withSupport('y', i)]);
    expect(say(a, 11_000)).toBeNull();
    expect(a.dueIn(11_000)).toBe(4000);
    expect(say(a, 15_000)).toBe('many:2');
    expect(a.dueIn(15_000)).toBeNull();
  });

  it('does not announce newly created recommendations as tally changes', () => {
    const a = new TallyAnnouncer(5000);
    a.observe([]);
    a.observe([withSupport('new', 0)]);
    expect(a.dueIn(0)).toBeNull();
  });
});
