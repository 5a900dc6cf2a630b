/**
 * Text in every script of the six UN languages for pdfkit: a font per run of text (DejaVu Sans for
 * Latin and Cyrillic, Noto Naskh Arabic, Noto Sans SC for Chinese), the Unicode bidirectional
 * algorithm (bidi-js) for right-to-left paragraphs and mixed runs, and our own line breaking so
 * that each line is reordered after it is broken, as the algorithm requires. fontkit (inside
 * pdfkit) shapes Arabic — contextual forms, ligatures — and lays an Arabic run out right to left.
 */
import bidiFactory from 'bidi-js';
import { FONT, fontPath, type FontName } from './fonts';

const bidi = bidiFactory();

const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;
const CJK =
  /[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u31c0-\u31ef\u3200-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;
/** Characters that take the font of the text around them when that font has them. */
const SPACE = /\s/;

export function needsScripts(text: string): boolean {
  return ARABIC.test(text) || CJK.test(text);
}

/** Whether a paragraph reads right to left: its first strong character is Arabic (or Hebrew). */
export function isRightToLeft(text: string): boolean {
  const { paragraphs } = bidi.getEmbeddingLevels(text);
  return paragraphs.length > 0 && paragraphs[0].level % 2 === 1;
}

function scriptFont(char: string, base: FontName): FontName | null {
  const bold = base === FONT.bold;
  if (ARABIC.test(char)) return bold ? FONT.arabicBold : FONT.arabic;
  if (CJK.test(char)) return bold ? FONT.cjkBold : FONT.cjk;
  return null;
}

interface Piece {
  text: string;
  /** The characters as written, in visual order. */
  original: string;
  font: FontName;
  level: number;
}

/**
 * The font of each character: its script's, else (spaces) the font before it, else the base font
 * (DejaVu Sans covers Latin, Cyrillic, digits and punctuation; the Arabic font has no brackets).
 */
function fontsOf(text: string, base: FontName): FontName[] {
  const fonts: FontName[] = [];
  let previous: FontName = base;
  for (const char of text) {
    const own = scriptFont(char, base);
    const font =
      own ??
      (SPACE.test(char)
        ? previous
        : previous === FONT.cjk || previous === FONT.cjkBold
          ? previous
          : base);
    fonts.push(font);
    for (let i = 1; i < char.length; i++) fonts.push(font);
    previous = font;
  }
  return fonts;
}

export interface Line {
  /** Runs in visual order, left to right, each drawn as one pdfkit fragment. */
  runs: Run[];
  width: number;
}

/**
 * A run as drawn: `text` in the order fontkit wants it (logical for Arabic, which fontkit lays
 * out right to left itself; visual, brackets mirrored, for other right-to-left runs), and
 * `actual`, the same text in logical order, written as the PDF's ActualText so that copying and
 * pdftotext give back what was written (ligatures, mirrored brackets and word order included).
 */
export interface Run {
  text: string;
  font: FontName;
  rtl: boolean;
  actual: string;
}

type Measure = (text: string, font: FontName) => number;

/** Break opportunities: after spaces, and between CJK characters. */
function breaks(text: string): number[] {
  const points: number[] = [];
  for (let i = 1; i < text.length; i++) {
    if (SPACE.test(text[i - 1]) && !SPACE.test(text[i])) points.push(i);
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

/** The runs of `text[start, end)`, reordered for display by the bidirectional algorithm. */
function visualRuns(
  text: string,
  levels: ReturnType<typeof bidi.getEmbeddingLevels>,
  fonts: FontName[],
  start: number,
  end: number,
): Run[] {
  // Trailing spaces do not print at the end of a line.
  while (end > start && SPACE.test(text[end - 1])) end--;
  const order = Array.from({ length: end - start }, (_, i) => start + i);
  for (const [from, to] of bidi.getReorderSegments(text, levels, start, end - 1)) {
    const slice = order.slice(from - start, to - start + 1).reverse();
    order.splice(from - start, slice.length, ...slice);
  }
  // Group visual neighbours of one font and one direction.
  const pieces: Piece[] = [];
  for (const index of order) {
    const level = levels.levels[index];
    const original = text[index];
    const mirror = level % 2 === 1 ? bidi.getMirroredCharacter(original) : null;
    const char = mirror ?? original;
    // A mirrored bracket is drawn in a face of its own, whose ToUnicode gives back the bracket
    // as written: ")" on the page, "(" when copied.
    const font = mirror ? FONT.mirrored : fonts[index];
    const last = pieces[pieces.length - 1];
    if (last && last.font === font && last.level % 2 === level % 2) {
      last.text += char;
      last.original += original;
    } else pieces.push({ text: char, original, font, level });
  }
  const reverse = (t: string) => [...t].reverse().join('');
  return pieces.map((p) => {
    const rtl = p.level % 2 === 1;
    const actual = rtl ? reverse(p.original) : p.original;
    // fontkit lays an Arabic run out right to left itself: give it that run in logical order.
    return { text: rtl && ARABIC.test(p.text) ? actual : p.text, font: p.font, rtl, actual };
  });
}

/**
 * Breaks `text` into lines of at most `width` points and orders each line for display.
 * `rtl` sets the paragraph's direction (an Arabic document); otherwise its first strong character does.
 */
export function layOut(
  text: string,
  base: FontName,
  width: number,
  measure: Measure,
  rtl?: boolean,
): Line[] {
  const levels = bidi.getEmbeddingLevels(text, rtl === undefined ? undefined : rtl ? 'rtl' : 'ltr');
  const fonts = fontsOf(text, base);
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
  const trimEnd = (from: number, to: number) => {
    while (to > from && SPACE.test(text[to - 1])) to--;
    return to;
  };
  const lines: Line[] = [];
  const points = breaks(text);
  let start = 0;
  let next = 0;
  while (start < text.length) {
    // The furthest break that still fits; an over-long word gets a line of its own.
    let end = -1;
    while (next < points.length) {
      const point = points[next];
      if (point <= start) {
        next++;
        continue;
      }
      if (end >= 0 && widthOf(start, trimEnd(start, point)) > width) break;
      end = point;
      next++;
    }
    if (end < 0) end = text.length;
    const runs = visualRuns(text, levels, fonts, start, end);
    lines.push({ runs, width: runs.reduce((sum, r) => sum + measure(r.text, r.font), 0) });
    start = end;
  }
  return lines.filter((l) => l.runs.length > 0);
}

type TextOptions = PDFKit.Mixins.TextOptions;
type Doc = PDFKit.PDFDocument & {
  _font: { name: string; ascender: number; descender: number; lineGap: number };
  _fontSize: number;
  _wrapper?: unknown;
};

/**
 * Teaches one pdfkit document the scripts above: text with Arabic or Chinese, or any text of a
 * right-to-left document, is broken into lines and runs here and drawn run by run; every other
 * text goes to pdfkit unchanged (so Latin and Cyrillic documents print exactly as before).
 */
export function installScripts(pdf: PDFKit.PDFDocument, languageTag: string): void {
  const doc = pdf as Doc;
  for (const name of [FONT.arabic, FONT.arabicBold, FONT.cjk, FONT.cjkBold, FONT.mirrored])
    doc.registerFont(name, fontPath(name));
  const rtlDocument = languageTag.toLowerCase().startsWith('ar');
  const text = doc.text.bind(doc) as (t: string, x?: number, y?: number, o?: TextOptions) => Doc;
  const heightOfString = doc.heightOfString.bind(doc);
  const widthOfString = doc.widthOfString.bind(doc);
  const special = (s: string) => needsScripts(s) || (rtlDocument && isRightToLeft(s));

  /** Measures in each run's font at the current size, then restores the caller's font. */
  const withFont = <T>(fn: () => T): T => {
    const font = doc._font.name;
    try {
      return fn();
    } finally {
      doc.font(font);
    }
  };
  const measure = (s: string, font: FontName) => {
    doc.font(font);
    return widthOfString(s);
  };
  const linesOf = (s: string, width: number) =>
    withFont(() => {
      const base = currentBase(doc._font.name);
      return s
        .split('\n')
        .flatMap((p) => (p === '' ? [{ runs: [], width: 0 }] : layOut(p, base, width, measure)));
    });
  const lineHeight = (options?: TextOptions) =>
    doc.currentLineHeight(true) + (options?.lineGap ?? 0);

  doc.widthOfString = (s: string, options?: TextOptions) =>
    special(String(s))
      ? linesOf(String(s), Infinity).reduce((max, l) => Math.max(max, l.width), 0)
      : widthOfString(s, options);

  doc.heightOfString = (s: string, options?: TextOptions) =>
    special(String(s))
      ? linesOf(String(s), options?.width ?? Infinity).length * lineHeight(options)
      : heightOfString(s, options);

  doc.text = (value: unknown, a?: number | TextOptions, b?: number, c?: TextOptions) => {
    const s = String(value);
    const options = (typeof a === 'object' ? a : c) ?? {};
    if (!special(s) || doc._wrapper) return text(s, a as number, b, c);
    const x = typeof a === 'number' ? a : doc.x;
    const y = typeof a === 'number' ? (b ?? doc.y) : doc.y;
    if (options.continued) {
      // A run that continues into another: draw this one alone, the next one goes on below.
      options.continued = false;
    }
    const width = options.width ?? doc.page.width - doc.page.margins.right - x;
    const step = lineHeight(options);
    const ascender = (font: FontName) => (doc.font(font)._font.ascender / 1000) * doc._fontSize;
    const lines = linesOf(s, options.lineBreak === false ? Infinity : width);
    withFont(() => {
      const baseFont = doc._font.name as FontName;
      const baseline = ascender(baseFont);
      lines.forEach((line, i) => {
        const rtl = line.runs.length > 0 && isRightToLeft(line.runs.map((r) => r.text).join(''));
        const align = rtl || (rtlDocument && options.align !== 'center') ? 'right' : options.align;
        let runX =
          align === 'right' && width !== Infinity
            ? x + width - line.width
            : align === 'center'
              ? x + (width - line.width) / 2
              : x;
        for (const run of line.runs) {
          const top = y + i * step + baseline - ascender(run.font);
          const runWidth = measure(run.text, run.font);
          if (run.rtl && ARABIC.test(run.text)) {
            // Word by word from the right, each with its ActualText: pdftotext then keeps the
            // spaces (it finds words by their gaps) and the letters of each ligature in order.
            const space = measure(' ', run.font);
            let right = runX + runWidth;
            for (const word of run.text.split(' ')) {
              const wordWidth = word === '' ? 0 : measure(word, run.font);
              if (word !== '') text(word, right - wordWidth, top, { lineBreak: false });
              right -= wordWidth + space;
            }
          } else text(run.text, runX, top, { lineBreak: false });
          runX += runWidth;
        }
      });
    });
    doc.x = x;
    doc.y = y + lines.length * step;
    return doc;
  };
}

/** The base font of a run of Latin text: the bold, italic or regular DejaVu face in use. */
function currentBase(name: string): FontName {
  const known = Object.values(FONT) as string[];
  return (known.includes(name) ? name : FONT.regular) as FontName;
}

/**
 * poppler (pdftotext) reverses the characters of each glyph of a right-to-left line, ligatures
 * included, so the lam-alef ligature "لا" would come back as "ال". Its ToUnicode entry is
 * therefore written in the order poppler reads it back in.
 */
export function orderLigaturesForExtraction(pdf: PDFKit.PDFDocument): void {
  type Embedded = { name?: string; unicode?: number[][] };
  const families = (pdf as unknown as { _fontFamilies: Record<string, Embedded> })._fontFamilies;
  // pdfkit files a font under its registered name and its PostScript name: each once.
  const fonts = new Map<Embedded, boolean>();
  for (const [key, font] of Object.entries(families))
    fonts.set(font, (fonts.get(font) ?? false) || key === FONT.mirrored);
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
