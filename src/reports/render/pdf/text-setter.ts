/**
 * Latin and Cyrillic text of a left-to-right document, broken into lines and drawn here rather
 * than through pdfkit's `text` (issue 17). pdfkit's text call costs about a tenth of a
 * millisecond each — its options copied, an event emitter per paragraph, the Unicode line
 * breaker, every word measured twice, the line encoded again as a whole — and a
 * 5,000-recommendation document makes some 300,000 of them. Here:
 *
 * - lines break at spaces (and at line feeds) only, greedily, each word measured once by the
 *   font's cache (pdfkit-speed.ts); a word wider than the line (a long URL) is left to pdfkit,
 *   which cuts it;
 * - a line is drawn as one text object (`BT`, `Tm`, `Tf`, one `TJ` with the font's kerning, `ET`)
 *   from its words' encodings, kept per document and font, instead of the line being shaped again
 *   — what pdfkit's own encoding of a line amounts to (it shapes text word by word, at spaces).
 *
 * Text that needs the scripts' layout (pdf/scripts.ts: Arabic, Chinese, a right-to-left
 * document), or a glyph placed off its advance (combining marks), goes to pdfkit as before.
 * Page breaks inside a paragraph are pdfkit's own (`continueOnNewPage`, which closes the page's
 * marked content and reopens it on the next page), as its line wrapper does.
 */
import { needsScripts } from '../../../common/pdf/scripts';

interface Position {
  xAdvance: number;
  advanceWidth: number;
  xOffset: number;
  yOffset: number;
}

interface Font {
  id: string;
  ascender: number;
  encode(text: string): [string[], Position[]];
  /** pdfkit's shaping of a text, cached by word; unlike `encode`, adds nothing to the subset. */
  layout(text: string): { positions: Position[] };
  widthOfString(text: string, size: number): number;
  ref(): unknown;
}

interface Doc {
  _font: Font;
  _fontSize: number;
  _fillColor?: unknown[];
  _wrapper?: unknown;
  x: number;
  y: number;
  page: {
    height: number;
    fonts: Record<string, unknown>;
    maxY(): number;
  };
  addContent(operator: string): void;
  currentLineHeight(includeGap?: boolean): number;
  continueOnNewPage(): void;
  fillColor(...args: unknown[]): void;
}

interface WordCode {
  heads: string[];
  adjustments: number[];
  tail: string;
}

export type Align = 'left' | 'right' | 'center';

/** pdfkit's number formatting in operators (PDFObject.number). */
const number = (n: number): number => Math.round(n * 1e6) / 1e6;

/** A word and the spaces after it, as pdfkit measures and shapes it. */
const WORDS = /[^ ]+ *| +/g;

export class TextSetter {
  private readonly doc: Doc;
  /**
   * Per embedded font: a word's width at size 1000, or -1 when a glyph of it is not on its
   * advance (a mark placed on its base), which pdfkit then draws.
   */
  private readonly plain = new Map<Font, Map<string, number>>();
  /** Per embedded font of this document: a word's glyphs as pieces of a `TJ` array. */
  private readonly codes = new Map<Font, Map<string, WordCode>>();
  /** Per embedded font of this document: short texts' widths at size 1000. */
  private readonly widths = new Map<Font, Map<string, number>>();

  constructor(
    pdf: PDFKit.PDFDocument,
    private readonly rtl: boolean,
  ) {
    this.doc = pdf as unknown as Doc;
  }

  /** Whether `text` is set here (otherwise pdfkit and pdf/scripts.ts draw it). */
  handles(text: string): boolean {
    return !this.rtl && !this.doc._wrapper && !needsScripts(text) && !text.includes('\t');
  }

  /** The width of `text` on one line in the current font and size. */
  width(text: string): number {
    const { _font: font, _fontSize: size } = this.doc;
    // Table cells and headings are measured to size their rows, then again to be drawn.
    const widths = perFont(this.widths, font);
    let width = widths.get(text);
    if (width === undefined) {
      width = 0;
      for (const word of text.match(WORDS) ?? []) width += font.widthOfString(word, 1000);
      if (text.length <= 60) widths.set(text, width);
    }
    return width * (size / 1000);
  }

  /**
   * `text` broken into lines of at most `width` points (each line's words with their spaces),
   * or null when a word is wider than the line, or a glyph of it is placed off its advance.
   */
  lines(text: string, width: number): string[] | null {
    const { _font: font, _fontSize: size } = this.doc;
    const lines: string[] = [];
    if (text === '') return lines;
    const paragraphs = text.split('\n');
    // pdfkit's line breaker ends a text's last line at its final line feed, with no empty line.
    if (paragraphs.length > 1 && paragraphs[paragraphs.length - 1] === '') paragraphs.pop();
    for (const paragraph of paragraphs) {
      let line = '';
      let used = 0;
      for (const word of paragraph.match(WORDS) ?? []) {
        const w1000 = this.wordWidth(font, word);
        if (w1000 < 0) return null;
        const w = w1000 * (size / 1000);
        if (used + w <= width) {
          line += word;
          used += w;
          continue;
        }
        // The spaces that end a full line are dropped with it, as pdfkit does.
        if (w > width && word.trimEnd() !== '' && font.widthOfString(word.trimEnd(), size) > width)
          return null;
        if (line !== '') lines.push(line);
        line = word.trimStart() === '' ? '' : word;
        used = line === '' ? 0 : w;
      }
      lines.push(line);
    }
    return lines;
  }

  /** The height `lines` take at `lineGap` between lines (the gap follows each line). */
  height(lines: number, lineGap = 0): number {
    return lines * (this.doc.currentLineHeight(true) + lineGap);
  }

  /**
   * Draws `lines` from (x, doc.y) in `width`, moving to a new page when the next line would
   * pass the bottom margin; leaves doc.y under the last line and doc.x at `x`.
   */
  flow(lines: string[], x: number, width: number, align: Align = 'left', lineGap = 0): void {
    const { doc } = this;
    const step = doc.currentLineHeight(true) + lineGap;
    const lineHeight = doc.currentLineHeight(true);
    for (const line of lines) {
      if (doc.y + lineHeight > doc.page.maxY()) {
        doc.continueOnNewPage();
        if (doc._fillColor) doc.fillColor(...doc._fillColor);
      }
      // Only a centred or right-aligned line needs its width.
      const room = align === 'left' ? 0 : width - this.width(line.trimEnd());
      const start = align === 'right' ? x + room : align === 'center' ? x + room / 2 : x;
      this.draw(line, start, doc.y);
      doc.y += step;
    }
    doc.x = x;
  }

  /**
   * One line of text with its top at (x, y) in the current font and size, the colour already
   * set: one text object whose matrix flips the page's y axis back (pdfkit wraps each of its
   * texts in `q`, a flip of the whole page and `Q` instead: the same glyphs at the same place).
   */
  draw(text: string, x: number, y: number): void {
    if (text === '') return;
    const { doc } = this;
    const font = doc._font;
    const size = doc._fontSize;
    const dy = (font.ascender / 1000) * size;
    if (doc.page.fonts[font.id] == null) doc.page.fonts[font.id] = font.ref();
    const commands: string[] = [];
    let run = '';
    for (const word of text.match(WORDS) ?? []) {
      const code = this.codeOf(font, word);
      for (let i = 0; i < code.heads.length; i++) {
        commands.push(`<${run}${code.heads[i]}> ${code.adjustments[i]}`);
        run = '';
      }
      run += code.tail;
    }
    if (run !== '') commands.push(`<${run}> 0`);
    doc.addContent(
      `BT\n1 0 0 -1 ${number(x)} ${number(y + dy)} Tm\n/${font.id} ${number(size)} Tf\n[${commands.join(' ')}] TJ\nET`,
    );
  }

  /**
   * A word's glyphs in the font's subset as pieces of a `TJ` array: each head ends with a glyph
   * whose kerning moves the next one (its adjustment beside it), the tail runs on into the next
   * word — what pdfkit's `_fragment` makes of the glyphs of a whole line.
   */
  private codeOf(font: Font, word: string): WordCode {
    const codes = perFont(this.codes, font);
    let code = codes.get(word);
    if (!code) {
      const [hex, positions] = font.encode(word);
      code = { heads: [], adjustments: [], tail: '' };
      for (let i = 0; i < hex.length; i++) {
        code.tail += hex[i];
        const advance = positions[i].xAdvance - positions[i].advanceWidth;
        if (advance !== 0) {
          code.heads.push(code.tail);
          code.adjustments.push(number(-advance));
          code.tail = '';
        }
      }
      codes.set(word, code);
    }
    return code;
  }

  /** A word's width at size 1000, or -1 when a glyph of it is placed off its advance. */
  private wordWidth(font: Font, word: string): number {
    const known = perFont(this.plain, font);
    let width = known.get(word);
    if (width === undefined) {
      const plain = font.layout(word).positions.every((p) => !p.xOffset && !p.yOffset);
      width = plain ? font.widthOfString(word, 1000) : -1;
      known.set(word, width);
    }
    return width;
  }
}

/** A font's own cache in one of the setter's caches keyed by font, made on first use. */
function perFont<V>(caches: Map<Font, Map<string, V>>, font: Font): Map<string, V> {
  let cache = caches.get(font);
  if (!cache) {
    cache = new Map();
    caches.set(font, cache);
  }
  return cache;
}
