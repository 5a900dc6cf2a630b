/**
 * Text helpers shared by every drafting-room renderer, so the five formats print, number and
 * compare the same characters.
 */
import { cleanText } from '../../reports/render/format';

/**
 * A paragraph's text as the renderers and the comparison read it: NFC, no character XML 1.0
 * forbids, runs of spaces and tabs made one space, lines trimmed and blank lines dropped. Line
 * breaks the drafter typed stay (printed as line breaks). Brackets and every other character
 * are kept as typed.
 */
export function normaliseText(text: string): string {
  return cleanText(text)
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * Characters per numbered line in the PDF, HTML and Markdown exports. Lines are cut by count,
 * not by the width of a typeface, so that "line 34" is the same line in all three (as in
 * OpenSlides and Antragsgrün, which number motions the same way); 80 fits the PDF's column.
 */
export const LINE_LENGTH = 80;

export interface LineRange {
  start: number;
  end: number;
}

/**
 * Where a text breaks into numbered lines of at most `max` characters (code points): at the
 * last space that fits, at a typed line break, or inside a word longer than a line. The spaces
 * at a break belong to no line.
 */
export function lineRanges(text: string, max: number = LINE_LENGTH): LineRange[] {
  const chars = Array.from(text);
  // Offsets in UTF-16 units, so callers can slice the string itself.
  const offsets: number[] = [];
  let unit = 0;
  for (const char of chars) {
    offsets.push(unit);
    unit += char.length;
  }
  offsets.push(unit);
  const ranges: LineRange[] = [];
  let start = 0;
  while (start < chars.length) {
    while (start < chars.length && chars[start] === ' ') start++;
    if (start >= chars.length) break;
    let end = start;
    let lastSpace = -1;
    let brokeAtNewline = false;
    while (end < chars.length && end - start < max) {
      if (chars[end] === '\n') {
        brokeAtNewline = true;
        break;
      }
      if (chars[end] === ' ') lastSpace = end;
      end++;
    }
    if (!brokeAtNewline && end < chars.length && chars[end] !== ' ' && chars[end] !== '\n') {
      // The line is full in the middle of a word: break at the last space, if there is one.
      if (lastSpace > start) end = lastSpace;
    }
    let trimmed = end;
    while (trimmed > start && chars[trimmed - 1] === ' ') trimmed--;
    ranges.push({ start: offsets[start], end: offsets[trimmed] });
    start = end;
    if (chars[start] === '\n') start++;
  }
  return ranges;
}

/** `lineRanges` as the lines' text. */
export function breakLines(text: string, max: number = LINE_LENGTH): string[] {
  return lineRanges(text, max).map((range) => text.slice(range.start, range.end));
}

/** An ASCII file-name part: accents dropped, anything else made a hyphen. */
export function slug(text: string, fallback: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80)
      .replace(/-+$/, '') || fallback
  );
}

/**
 * A revision date as Word writes it (`2017-11-17T09:30:00Z`), from `YYYY-MM-DD` or any ISO 8601
 * instant. Throws on anything else: a comparison must not carry an invented date.
 */
export function revisionDateTime(date: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return `${date}T00:00:00Z`;
  const instant = new Date(date);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(date) || Number.isNaN(instant.getTime())) {
    throw new TypeError(`Not an ISO 8601 date: ${date}`);
  }
  return instant.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
