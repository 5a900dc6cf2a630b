import fc from 'fast-check';
import { breakLines, lineRanges, normaliseText, revisionDateTime, slug } from './text';

describe('normaliseText', () => {
  it('keeps brackets and typed line breaks, drops control characters and extra spaces', () => {
    expect(normaliseText('  We [call\u0007 on]   States\r\n\r\n\tto act ')).toBe(
      'We [call on] States\nto act',
    );
    expect(normaliseText('e\u0301')).toBe('é');
    expect(normaliseText('lone \ud800 surrogate')).toBe('lone surrogate');
  });
});

describe('lineRanges', () => {
  it('breaks at the last space within the measure', () => {
    expect(breakLines('aaa bbb ccc ddd', 8)).toEqual(['aaa bbb', 'ccc ddd']);
    expect(breakLines('aaa bbb ccc', 7)).toEqual(['aaa bbb', 'ccc']);
  });

  it('breaks inside a word longer than a line, and at typed line breaks', () => {
    expect(breakLines('abcdefghij kl', 4)).toEqual(['abcd', 'efgh', 'ij', 'kl']);
    expect(breakLines('one\ntwo three', 20)).toEqual(['one', 'two three']);
  });

  it('counts characters, not UTF-16 units', () => {
    const text = '𝐀𝐁𝐂 𝐃𝐄𝐅';
    expect(breakLines(text, 3)).toEqual(['𝐀𝐁𝐂', '𝐃𝐄𝐅']);
  });

  it('never loses a word, never passes the measure, never starts or ends a line with a space', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-zé]{1,12}$/), { maxLength: 40 }),
        fc.integer({ min: 5, max: 90 }),
        (words, max) => {
          const text = words.join(' ');
          const lines = lineRanges(text, max).map((r) => text.slice(r.start, r.end));
          for (const line of lines) {
            expect(Array.from(line).length).toBeLessThanOrEqual(max);
            expect(line).toBe(line.trim());
          }
          expect(lines.join(' ').split(/\s+/).filter(Boolean).join('')).toBe(words.join(''));
        },
      ),
    );
  });
});

describe('revisionDateTime', () => {
  it('writes dates as Word does, and refuses anything else', () => {
    expect(revisionDateTime('2017-11-17')).toBe('2017-11-17T00:00:00Z');
    expect(revisionDateTime('2017-11-17T09:30:12.345Z')).toBe('2017-11-17T09:30:12Z');
    expect(revisionDateTime('2017-11-17T10:30:00+01:00')).toBe('2017-11-17T09:30:00Z');
    expect(() => revisionDateTime('yesterday')).toThrow(TypeError);
    expect(() => revisionDateTime('17/11/2017')).toThrow(TypeError);
  });
});

describe('slug', () => {
  it('is ASCII', () => {
    expect(slug('Déclaration de Malines « 2017 »', 'draft')).toBe('declaration-de-malines-2017');
    expect(slug('«»', 'draft')).toBe('draft');
  });
});
