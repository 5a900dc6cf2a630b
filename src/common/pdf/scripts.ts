/**
 * Text in every script of the six UN languages, for both PDF renderers (the outcome document's
 * and the drafting room's): a font per run of text (the renderer's own for Latin and Cyrillic,
 * Noto Naskh Arabic, Noto Sans SC for Chinese), the Unicode bidirectional algorithm (bidi-js) for
 * right-to-left paragraphs and mixed runs, and line breaking done here so that each line is
 * reordered after it is broken, as the algorithm requires. fontkit (inside pdfkit) shapes Arabic
 * — contextual forms, ligatures — and lays an Arabic run out right to left itself.
 */
import bidiFactory from 'bidi-js';

const bidi = bidiFactory();

export const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;
export const CJK =
  /[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u31c0-\u31ef\u3200-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;
const SPACE = /\s/;
/** Spaces that join what they separate: French "Original : anglais", thin and figure spaces. */
const NO_BREAK = /[\u00a0\u2007\u202f]/;

export function needsScripts(text: string): boolean {
  return ARABIC.test(text) || CJK.test(text);
}

/** Whether a paragraph reads right to left: its first strong character is Arabic (or Hebrew). */
export function isRightToLeft(text: string): boolean {
  const { paragraphs } = bidi.getEmbeddingLevels(text);
  return paragraphs.length > 0 && paragraphs[0].level % 2 === 1;
}

/** The fonts one style of text prints in: its own (Latin, Cyrillic, digits), and one per script. */
export interface ScriptFonts<F extends string = string> {
  base: F;
  arabic: F;
  cjk: F;
}

/**
 * The font of each UTF-16 unit of `text`: its script's, else (spaces) the font before it, else
 * the style's own; Latin letters and digits inside Chinese stay in the Chinese font, which has
 * them (the Arabic font has no brackets, so they go back to the style's font).
 */
export function fontsOf<F extends string>(
  text: string,
  fontsAt: (index: number) => ScriptFonts<F>,
): F[] {
  const fonts: F[] = [];
  let previous: F | null = null;
  let previousCjk = false;
  let index = 0;
  for (const char of text) {
    const style = fontsAt(index);
    let font: F;
    if (ARABIC.test(char)) font = style.arabic;
    else if (CJK.test(char)) font = style.cjk;
    else if (SPACE.test(char) && previous !== null) font = previous;
    else font = previousCjk ? style.cjk : style.base;
    previousCjk = CJK.test(char) || (previousCjk && !ARABIC.test(char));
    for (let i = 0; i < char.length; i++) fonts.push(font);
    previous = font;
    index += char.length;
  }
  return fonts;
}

const breaksAfter = (char: string) => SPACE.test(char) && !NO_BREAK.test(char);

/** Break opportunities: after spaces (not no-break ones), and between CJK characters. */
function breakOpportunities(text: string): number[] {
  const points: number[] = [];
  for (let i = 1; i < text.length; i++) {
    if (breaksAfter(text[i - 1]) && !SPACE.test(text[i])) points.push(i);
    else if (CJK.test(text[i - 1]) || CJK.test(text[i])) {
      // Not before closing punctuation nor after opening punctuation (kinsoku, the basic rule).
      if (
        !/[、。，．：；！？）」』〉》】〕”’]/.test(text[i]) &&
        !/[（「『〈《【〔“‘]/.test(text[i - 1])
      )
        points.push(i);
    }
  }
  points.push(text.length);
  return points;
}

export interface LineRange {
  start: number;
  end: number;
}

/**
 * Where `text[from, to)` (no line feed in it) breaks into lines no wider than `width`: at the
 * furthest break opportunity that fits, inside a word only when the word alone is wider than a
 * line. Spaces at the end of a range do not count (they do not print).
 */
function breakByWidth(
  text: string,
  from: number,
  to: number,
  width: number,
  widthOf: (start: number, end: number) => number,
): LineRange[] {
  const part = text.slice(from, to);
  const points = breakOpportunities(part).map((p) => p + from);
  const trimEnd = (start: number, end: number) => {
    while (end > start && SPACE.test(text[end - 1])) end--;
    return end;
  };
  const fits = (start: number, end: number) => widthOf(start, trimEnd(start, end)) <= width;
  const ranges: LineRange[] = [];
  let start = from;
  let next = 0;
  while (start < to) {
    while (points[next] <= start) next++;
    let end = points[next];
    if (!fits(start, end)) {
      // A word wider than the line: as many characters as fit (at least one), then the rest.
      const step = (at: number) => at + (text.codePointAt(at)! > 0xffff ? 2 : 1);
      end = step(start);
      while (end < points[next] && fits(start, step(end))) end = step(end);
    } else {
      while (next + 1 < points.length && fits(start, points[next + 1])) next++;
      end = points[next];
    }
    ranges.push({ start, end });
    start = end;
  }
  return ranges;
}

/**
 * A run as drawn: `text` in the order fontkit wants it (logical for Arabic, which fontkit lays
 * out right to left itself; visual, brackets mirrored, for other right-to-left runs), and
 * `actual`, the same characters in logical order, as written.
 */
export interface Run<F extends string = string> {
  text: string;
  actual: string;
  font: F;
  rtl: boolean;
  /** The logical index of one of its characters: what the caller styles the run by. */
  index: number;
  width: number;
}

export interface Line<F extends string = string> {
  /** Runs in visual order, left to right. */
  runs: Run<F>[];
  width: number;
  /** The direction of the paragraph the line belongs to: where it aligns, where its label goes. */
  rtl: boolean;
}

export interface LayoutOptions<F extends string> {
  fontsAt: (index: number) => ScriptFonts<F>;
  measure: (text: string, font: F) => number;
  /**
   * The face that draws a bracket mirrored in right-to-left text: one used for nothing else,
   * whose ToUnicode `orderForExtraction` rewrites, so ")" on the page copies as "(".
   */
  mirrored: F;
  /** Lines no wider than this; or `ranges`, lines already cut (numbered lines, cut by count). */
  width?: number;
  ranges?: LineRange[];
  /** Every paragraph's direction (a right-to-left document); otherwise its first strong character's. */
  direction?: 'ltr' | 'rtl';
  /** What else keeps neighbouring characters in separate runs (a span's colour, its marks). */
  keyAt?: (index: number) => number;
}

/** `text`'s lines, each in visual order. A line feed ends a line (and a bidi paragraph). */
export function layOutLines<F extends string>(text: string, options: LayoutOptions<F>): Line<F>[] {
  const { measure, keyAt = () => 0 } = options;
  const levels = bidi.getEmbeddingLevels(text, options.direction);
  const fonts = fontsOf(text, options.fontsAt);
  const widthOf = (from: number, to: number) => {
    let total = 0;
    let runStart = from;
    for (let i = from + 1; i <= to; i++) {
      if (i === to || fonts[i] !== fonts[runStart]) {
        total += measure(text.slice(runStart, i), fonts[runStart]);
        runStart = i;
      }
    }
    return total;
  };
  let ranges = options.ranges;
  if (!ranges) {
    ranges = [];
    let from = 0;
    for (const segment of text.split('\n')) {
      const to = from + segment.length;
      if (segment === '') ranges.push({ start: from, end: to });
      else ranges.push(...breakByWidth(text, from, to, options.width ?? Infinity, widthOf));
      from = to + 1;
    }
  }
  const paragraphLevel = (index: number) =>
    levels.paragraphs.find((p) => index >= p.start && index <= p.end)?.level ??
    (options.direction === 'rtl' ? 1 : 0);
  return ranges.map(({ start, end }) => {
    const runs = visualRuns(text, levels, fonts, keyAt, start, end).map((piece) => {
      const font = piece.mirrored ? options.mirrored : fonts[piece.index];
      return { ...piece, font, width: measure(piece.text, font) };
    });
    return {
      runs,
      width: runs.reduce((sum, r) => sum + r.width, 0),
      rtl: paragraphLevel(start) % 2 === 1,
    };
  });
}

interface Piece {
  /** Visual order, brackets mirrored. */
  text: string;
  /** The characters as written, in visual order. */
  original: string;
  level: number;
  index: number;
  key: string;
  mirrored: boolean;
}

/** The runs of `text[start, end)`, reordered for display by the bidirectional algorithm. */
function visualRuns(
  text: string,
  levels: ReturnType<typeof bidi.getEmbeddingLevels>,
  fonts: string[],
  keyAt: (index: number) => number,
  start: number,
  end: number,
): Array<Omit<Run, 'font' | 'width'> & { mirrored: boolean }> {
  // Trailing spaces do not print at the end of a line.
  while (end > start && SPACE.test(text[end - 1])) end--;
  const order = Array.from({ length: end - start }, (_, i) => start + i);
  if (end > start) {
    for (const [from, to] of bidi.getReorderSegments(text, levels, start, end - 1)) {
      const slice = order.slice(from - start, to - start + 1).reverse();
      order.splice(from - start, slice.length, ...slice);
    }
  }
  // Group visual neighbours of one font, one key and one direction.
  const pieces: Piece[] = [];
  for (const index of order) {
    const level = levels.levels[index];
    const original = text[index];
    const mirror = level % 2 === 1 ? bidi.getMirroredCharacter(original) : null;
    const key = `${fonts[index]} ${keyAt(index)} ${mirror ? 'm' : ''}`;
    const last = pieces[pieces.length - 1];
    if (last && last.key === key && last.level % 2 === level % 2) {
      last.text += mirror ?? original;
      last.original += original;
    } else {
      pieces.push({ text: mirror ?? original, original, level, index, key, mirrored: !!mirror });
    }
  }
  const reverse = (t: string) => [...t].reverse().join('');
  return pieces.map((p) => {
    const rtl = p.level % 2 === 1;
    const actual = rtl ? reverse(p.original) : p.original;
    // fontkit lays an Arabic run out right to left itself: give it that run in logical order.
    const drawn = rtl && ARABIC.test(p.text) ? actual : p.text;
    return { text: drawn, actual, rtl, index: p.index, mirrored: p.mirrored };
  });
}

/** Whether a run is drawn word by word (`arabicWords`). */
export const isArabicRun = (run: Pick<Run, 'rtl' | 'text'>): boolean =>
  run.rtl && ARABIC.test(run.text);

/**
 * Where each word of an Arabic run is drawn, from the run's left edge, for a run `width` wide:
 * word by word from the right, so that pdftotext keeps the spaces (it finds words by their gaps)
 * and the letters of each ligature in order.
 */
export function arabicWords(
  text: string,
  width: number,
  measure: (word: string) => number,
): Array<{ word: string; x: number }> {
  const space = measure(' ');
  const words: Array<{ word: string; x: number }> = [];
  let right = width;
  for (const word of text.split(' ')) {
    const wordWidth = word === '' ? 0 : measure(word);
    if (word !== '') words.push({ word, x: right - wordWidth });
    right -= wordWidth + space;
  }
  return words;
}

/**
 * Call before `end()`. poppler (pdftotext) reverses the characters of each glyph of a
 * right-to-left line, ligatures included, so the lam-alef ligature "لا" would come back as "ال":
 * its ToUnicode entry is written in the order poppler reads it back in. And the mirrored faces'
 * brackets map back to the bracket as written.
 */
export function orderForExtraction(
  pdf: PDFKit.PDFDocument,
  mirroredFonts: readonly string[],
): void {
  type Embedded = { unicode?: number[][] };
  const families = (pdf as unknown as { _fontFamilies: Record<string, Embedded> })._fontFamilies;
  // pdfkit files a font under its registered name and its PostScript name: each once.
  const fonts = new Map<Embedded, boolean>();
  for (const [key, font] of Object.entries(families))
    fonts.set(font, (fonts.get(font) ?? false) || mirroredFonts.includes(key));
  for (const [font, mirrored] of fonts) {
    font.unicode = (font.unicode ?? []).map((points) => {
      if (!points) return points;
      if (mirrored)
        return points.map((p) => {
          const back = bidi.getMirroredCharacter(String.fromCodePoint(p));
          return back ? back.codePointAt(0)! : p;
        });
      const arabic = points.length > 1 && points.every((p) => ARABIC.test(String.fromCodePoint(p)));
      return arabic ? [...points].reverse() : points;
    });
  }
}
