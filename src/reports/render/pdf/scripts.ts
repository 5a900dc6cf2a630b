/**
 * The outcome document's text in every script, on pdfkit's own `text` calls: this file teaches a
 * document to hand text with Arabic or Chinese (or any text of a right-to-left document) to the
 * shared script layout (`src/common/pdf/scripts.ts`: fonts per run, bidi, line breaking) and to
 * draw it run by run.
 */
import {
  arabicWords,
  isArabicRun,
  isRightToLeft,
  layOutLines,
  needsScripts,
  orderForExtraction,
  type Line,
} from '../../../common/pdf/scripts';
import { FONT, type FontName } from './fonts';

type Measure = (text: string, font: FontName) => number;

/** The fonts of a style: bold text gets the scripts' bold weights. */
function scriptFonts(base: FontName) {
  const bold = base === FONT.bold;
  return {
    base,
    arabic: bold ? FONT.arabicBold : FONT.arabic,
    cjk: bold ? FONT.cjkBold : FONT.cjk,
  };
}

/**
 * Breaks `text` into lines of at most `width` points and orders each line for display; a
 * paragraph's direction comes from its first strong character.
 */
export function layOut(
  text: string,
  base: FontName,
  width: number,
  measure: Measure,
): Line<FontName>[] {
  const fonts = scriptFonts(base);
  return layOutLines<FontName>(text, {
    fontsAt: () => fonts,
    measure,
    mirrored: FONT.mirrored,
    width,
  }).filter((l) => l.runs.length > 0);
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
        .flatMap((p) =>
          p === '' ? [{ runs: [], width: 0, rtl: false }] : layOut(p, base, width, measure),
        );
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
        const align =
          line.rtl || (rtlDocument && options.align !== 'center') ? 'right' : options.align;
        let runX =
          align === 'right' && width !== Infinity
            ? x + width - line.width
            : align === 'center'
              ? x + (width - line.width) / 2
              : x;
        for (const run of line.runs) {
          const top = y + i * step + baseline - ascender(run.font);
          if (isArabicRun(run)) {
            for (const { word, x: at } of arabicWords(run.text, run.width, (w) =>
              measure(w, run.font),
            ))
              text(word, runX + at, top, { lineBreak: false });
          } else text(run.text, runX, top, { lineBreak: false });
          runX += run.width;
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

/** Call before `end()`: see `orderForExtraction`. */
export function orderLigaturesForExtraction(pdf: PDFKit.PDFDocument): void {
  orderForExtraction(pdf, [FONT.mirrored]);
}
