import { remainingSeconds } from '#contract';
import { describe, expect, it } from 'vitest';
import { clock } from './countdown';

describe('the turn countdown', () => {
  it('is derived from startedAt and turnSeconds', () => {
    const startedAt = '2017-11-16T10:00:00.000Z';
    const view = (turnSeconds: number) => ({
      turnSeconds,
      current: {
        id: 'r',
        participant: { id: 'p', name: 'A', organisation: null, constituency: null },
        startedAt,
        topic: null,
      },
    });
    const at = (s: number) => Date.parse(startedAt) + s * 1000;
    expect(remainingSeconds(view(120), at(0))).toBe(120);
    expect(remainingSeconds(view(120), at(0.4))).toBe(120);
    expect(remainingSeconds(view(120), at(119.5))).toBe(1);
    expect(remainingSeconds(view(120), at(127))).toBe(-7);
    // A longer turn set while someone speaks gives them the extra time at once.
    expect(remainingSeconds(view(180), at(127))).toBe(53);
    expect(remainingSeconds({ turnSeconds: 60, current: null }, at(0))).toBeNull();
  });

  it('reads as minutes and seconds, over time with a plus', () => {
    expect(clock(180)).toBe('3:00');
    expect(clock(83)).toBe('1:23');
    expect(clock(5)).toBe('0:05');
    expect(clock(-7)).toBe('+0:07');
  });
});
