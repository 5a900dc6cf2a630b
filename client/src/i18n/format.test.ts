import { describe, expect, it } from 'vitest';
import { dayKey, Formatter, fromLocalInput, toLocalInput } from './format';

// Normalises the narrow and ordinary no-break spaces Intl puts in French numbers and times.
const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

describe('formatting', () => {
  const brussels = 'Europe/Brussels';

  it('shows session times in the conference time zone, whatever the device’s', () => {
    // 08:00 UTC is 09:00 in Brussels in November (CET, UTC+1).
    expect(
      new Formatter('en', brussels).timeRange('2017-11-16T08:00:00Z', '2017-11-16T09:15:00Z'),
    ).toBe('09:00–10:15');
    expect(new Formatter('en', 'America/New_York').time('2017-11-16T08:00:00Z')).toBe('03:00');
  });

  it('writes day headings in the chosen language', () => {
    const iso = '2017-11-16T08:00:00Z';
    expect(new Formatter('en', brussels).day(iso)).toBe('Thursday, 16 November 2017');
    expect(new Formatter('fr', brussels).day(iso)).toBe('jeudi 16 novembre 2017');
    expect(new Formatter('es', brussels).day(iso)).toBe('jueves, 16 de noviembre de 2017');
  });

  it('groups by the calendar day at the venue', () => {
    // 23:30 UTC on the 16th is already the 17th in Brussels.
    expect(dayKey('2017-11-16T23:30:00Z', brussels)).toBe('2017-11-17');
    expect(dayKey('2017-11-16T23:30:00Z', 'UTC')).toBe('2017-11-16');
  });

  it('formats numbers and shares per locale', () => {
    expect(new Formatter('en').number(12345)).toBe('12,345');
    expect(plain(new Formatter('fr').number(12345))).toBe('12 345');
    expect(new Formatter('es').number(12345)).toBe('12.345');
    expect(new Formatter('en').percent(0.666)).toBe('67%');
    expect(plain(new Formatter('fr').percent(0.666))).toBe('67 %');
  });

  it('joins names the way each language does', () => {
    expect(new Formatter('en').list(['A', 'B', 'C'])).toBe('A, B and C');
    expect(new Formatter('fr').list(['A', 'B'])).toBe('A et B');
    expect(new Formatter('es').list(['A', 'B'])).toBe('A y B');
  });

  it('formats a calendar date without shifting it by a time zone', () => {
    expect(new Formatter('en', 'America/Los_Angeles').calendarDate('2017-11-16')).toBe(
      '16 November 2017',
    );
  });

  it('round-trips venue wall-clock times for the session form, across DST', () => {
    expect(toLocalInput('2017-11-16T08:00:00.000Z', brussels)).toBe('2017-11-16T09:00');
    expect(fromLocalInput('2017-11-16T09:00', brussels)).toBe('2017-11-16T08:00:00.000Z');
    // Summer time (CEST, UTC+2).
    expect(fromLocalInput('2017-07-01T09:00', brussels)).toBe('2017-07-01T07:00:00.000Z');
  });
});
