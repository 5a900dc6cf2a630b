/**
 * Text layout for the drafting room's PDFs on top of pdfkit: pdfkit draws strings, this file
 * decides where. Paragraphs are lists of styled spans; the shared script layout
 * (`src/common/pdf/scripts.ts`) picks a font per run (DejaVu, Arabic, Chinese), breaks the lines —
 * by width, or by character count when lines are numbered (the same lines as the HTML and
 * Markdown exports) — and orders each line by the bidirectional algorithm. Lines are drawn here
 * run by run on a common baseline, with underline and strike-through drawn here too, so a
 * comparison's marks sit on the words they mark. A right-to-left paragraph is mirrored: aligned
 * right, its number in the right-hand hanging indent; a right-to-left document also puts the
 * line numbers, the masthead's sides, table columns and the running head the other way round.
 */
import { arabicWords, isArabicRun, layOutLines } from '../../../common/pdf/scripts';
import { lineRanges } from '../text';
import { fontsFor, MIRRORED_FONT, type Face } from './fonts';

export const COLOUR = {
  ink: '#1a1a1a',
  muted: '#5a5f66',
  rule: '#c9ced6',
  headerFill: '#eef2f7',
  notice: '#aa3333',
  note: '#7a4e00',
  noteFill: '#fff4d6',
  inserted: '#1e6b3a',
  deleted: '#b3261e',
  accent: '#1f4e79',
} as const;

export interface Span {
  text: string;
  face: Face;
  colour?: string;
  underline?: boolean;
  strike?: boolean;
}

/** One run of a line as drawn: one span's characters in one font and one direction. */
interface Fragment {
  span: Span;
  /** In the order pdfkit draws it (see `Run` in the shared layout). */
  text: string;
  font: string;
  rtl: boolean;
  /** From the line's left edge. */
  x: number;
  width: number;
}

interface Line {
  /** Left to right. */
  fragments: Fragment[];
  width: number;
  /** The paragraph's direction. */
  rtl: boolean;
}

export interface ParagraphOptions {
  size?: number;
  /** Where the text starts, from the margin on the paragraph's starting side. */
  indent?: number;
  /** Drawn at `labelAt` on the first line: a paragraph number, "Alt. 1". */
  label?: Span[];
  labelAt?: number;
  /** Left for left-to-right paragraphs, right for right-to-left ones, unless said. */
  align?: 'left' | 'center' | 'right';
  after?: number;
  /** Number the lines (counted through the document) and break them by character count. */
  numbered?: boolean;
  keepWithNext?: number;
}

const LEADING = 1.38;

export class PdfLayout {
  private lineNumber = 0;
  /** The top of the next line. Not pdfkit's `doc.y`, which every positioned `text` call moves. */
  private cursor = 0;
  private readonly rtl: boolean;

  constructor(
    readonly doc: PDFKit.PDFDocument,
    direction: 'ltr' | 'rtl' = 'ltr',
  ) {
    this.rtl = direction === 'rtl';
  }

  get left(): number {
    return this.doc.page.margins.left;
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  get top(): number {
    return this.doc.page.margins.top;
  }

  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  get y(): number {
    return this.cursor;
  }

  set y(value: number) {
    this.cursor = value;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = this.top;
  }

  /** A new page unless `height` points still fit on this one. */
  ensure(height: number): void {
    if (this.y + height > this.bottom) this.newPage();
  }

  /**
   * The lines of `spans`: no wider than `width`, or (null) cut as `lineRanges` cuts the text,
   * whatever their width. A paragraph takes the direction of its first strong character (the
   * rule of the bidirectional algorithm and of HTML's `dir="auto"`), so a French sentence in an
   * Arabic document keeps its order; one without letters (numbers, a folio) the document's.
   * In a right-to-left document every paragraph is laid out from the right (`mirrors`).
   */
  private lines(
    spans: Span[],
    size: number,
    width: number | null,
    direction?: 'ltr' | 'rtl',
  ): Line[] {
    const text = spans.map((s) => s.text).join('');
    const spanAt: number[] = [];
    spans.forEach((span, i) => {
      for (let k = 0; k < span.text.length; k++) spanAt.push(i);
    });
    const lines = layOutLines(text, {
      fontsAt: (index) => fontsFor(spans[spanAt[index]].face),
      measure: (t, font) => this.doc.font(font).fontSize(size).widthOfString(t),
      mirrored: MIRRORED_FONT,
      width: width ?? undefined,
      ranges: width === null ? lineRanges(text) : undefined,
      direction: direction ?? (this.rtl && !/\p{L}/u.test(text) ? 'rtl' : undefined),
      keyAt: (index) => spanAt[index],
    });
    return lines.map((line) => {
      let x = 0;
      const fragments = line.runs.map((run) => {
        const fragment = { ...run, span: spans[spanAt[run.index]], x };
        x += run.width;
        return fragment;
      });
      return { fragments, width: line.width, rtl: line.rtl };
    });
  }

  /** Whether a line is laid out from the right: a right-to-left paragraph, or any in Arabic. */
  private mirrors(line: Line): boolean {
    return this.rtl || line.rtl;
  }

  /** One line of text, unbroken (masthead, labels, running head). */
  private single(span: Span, size: number, direction?: 'ltr' | 'rtl'): Line {
    return this.lines([span], size, Infinity, direction)[0];
  }

  private drawFragments(
    fragments: Fragment[],
    x: number,
    baseline: number,
    size: number,
    scale: number,
  ): void {
    const options = {
      lineBreak: false,
      baseline: 'alphabetic',
      ...(scale < 1 ? { horizontalScaling: Math.floor(scale * 1000) / 10 } : {}),
    } as const;
    for (const f of fragments) {
      const fx = x + f.x * scale;
      const colour = f.span.colour ?? COLOUR.ink;
      const doc = this.doc.font(f.font).fontSize(size).fillColor(colour);
      if (isArabicRun(f)) {
        for (const { word, x: at } of arabicWords(f.text, f.width, (w) => doc.widthOfString(w)))
          doc.text(word, fx + at * scale, baseline, options);
      } else doc.text(f.text, fx, baseline, options);
      const width = f.width * scale;
      if (f.span.underline) this.stroke(fx, baseline + size * 0.14, width, colour);
      if (f.span.strike) this.stroke(fx, baseline - size * 0.3, width, colour);
    }
  }

  private stroke(x: number, y: number, width: number, colour: string): void {
    this.doc
      .save()
      .moveTo(x, y)
      .lineTo(x + width, y)
      .lineWidth(0.6)
      .strokeColor(colour)
      .stroke()
      .restore();
  }

  /** In the margin on the document's starting side: the left, or the right in Arabic. */
  private drawLineNumber(n: number, baseline: number): void {
    this.doc
      .font(fontsFor('sans').base)
      .fontSize(7)
      .fillColor(COLOUR.muted)
      .text(String(n), this.rtl ? this.left + this.width + 16 : this.left - 44, baseline, {
        width: 28,
        align: this.rtl ? 'left' : 'right',
        lineBreak: false,
        baseline: 'alphabetic',
      });
  }

  /** Lines a paragraph would take, for keeping things together. */
  height(spans: Span[], options: ParagraphOptions = {}): number {
    const size = options.size ?? 10.5;
    const width = this.width - (options.indent ?? 0);
    const lines = this.lines(spans, size, options.numbered ? null : width);
    return lines.length * size * LEADING + (options.after ?? size * 0.6);
  }

  paragraph(spans: Span[], options: ParagraphOptions = {}): void {
    const size = options.size ?? 10.5;
    const indent = options.indent ?? 0;
    const width = this.width - indent;
    const lineHeight = size * LEADING;
    const lines = this.lines(spans, size, options.numbered ? null : width);
    this.ensure(lineHeight * Math.min(lines.length, 2) + (options.keepWithNext ?? 0));
    lines.forEach((line, index) => {
      this.ensure(lineHeight);
      const baseline = this.y + size * 0.95;
      // A numbered line is cut by count: squeeze the rare one wider than the column.
      const scale = line.width > width ? width / line.width : 1;
      const room = width - line.width * scale;
      const mirrored = this.mirrors(line);
      const align = options.align ?? (mirrored ? 'right' : 'left');
      const x =
        this.left +
        (mirrored ? 0 : indent) +
        (align === 'center' ? room / 2 : align === 'right' ? room : 0);
      if (index === 0 && options.label) this.drawLabel(options.label, options, mirrored, baseline);
      if (options.numbered) this.drawLineNumber(++this.lineNumber, baseline);
      this.drawFragments(line.fragments, x, baseline, size, scale);
      this.y += lineHeight;
    });
    this.y += options.after ?? size * 0.6;
  }

  /** The label's spans one after the other from `labelAt`, on the paragraph's starting side. */
  private drawLabel(label: Span[], options: ParagraphOptions, rtl: boolean, baseline: number) {
    const size = options.size ?? 10.5;
    const at = options.labelAt ?? 0;
    let edge = rtl ? this.left + this.width - at : this.left + at;
    for (const span of label) {
      const line = this.single(span, size, rtl ? 'rtl' : 'ltr');
      this.drawFragments(line.fragments, rtl ? edge - line.width : edge, baseline, size, 1);
      const step = line.width + (span.text === '' ? 0 : 2);
      edge += rtl ? -step : step;
    }
  }

  text(text: string, face: Face, options: ParagraphOptions & { colour?: string } = {}): void {
    this.paragraph([{ text, face, colour: options.colour }], options);
  }

  heading(text: string, level: 1 | 2, outline = true): void {
    const size = level === 1 ? 12 : 11;
    const spans: Span[] = [{ text, face: 'serifBold' }];
    const before = level === 1 ? 14 : 10;
    // A heading alone at the foot of a page reads as a mistake: keep room for a few lines.
    this.ensure(before + this.height(spans, { size }) + 4 * 10.5 * LEADING);
    if (this.y > this.top) this.y += before;
    if (outline) this.doc.outline.addItem(text.replace(/\n/g, ' '));
    this.paragraph(spans, { size, after: level === 1 ? 8 : 4 });
  }

  rule(weight = 0.8, colour: string = COLOUR.ink): void {
    this.doc
      .save()
      .moveTo(this.left, this.y)
      .lineTo(this.left + this.width, this.y)
      .lineWidth(weight)
      .strokeColor(colour)
      .stroke()
      .restore();
    this.y += 8;
  }

  /** Text at the start and at the end of one line (the front matter's masthead). */
  twoSides(startSpan: Span, endSpan: Span, size: number): void {
    this.ensure(size * LEADING);
    const baseline = this.y + size * 0.95;
    const [leftSpan, rightSpan] = this.rtl ? [endSpan, startSpan] : [startSpan, endSpan];
    this.drawFragments(this.single(leftSpan, size).fragments, this.left, baseline, size, 1);
    const right = this.single(rightSpan, size);
    const x = this.left + this.width - right.width;
    this.drawFragments(right.fragments, x, baseline, size, 1);
    this.y += size * LEADING;
  }

  /** Label and value pairs, the label in bold. */
  facts(items: Array<{ label: string; value: string }>, colon: string, size = 9, indent = 0): void {
    for (const item of items) {
      this.paragraph(
        [
          { text: `${item.label}${colon} `, face: 'serifBold' },
          { text: item.value, face: 'serif' },
        ],
        { size, after: 1.5, indent },
      );
    }
    this.y += 3;
  }

  /** Columns left to right, or right to left in a right-to-left document; numbers at the end. */
  table(model: { columns: string[]; numeric: boolean[]; rows: string[][] }, indent = 0): void {
    const size = 8.5;
    const pad = 3.5;
    const total = this.width - indent;
    const numericWidth = 64;
    const textCount = model.numeric.filter((n) => !n).length || 1;
    const textWidth = (total - numericWidth * model.numeric.filter(Boolean).length) / textCount;
    const widths = model.numeric.map((n) => (n ? numericWidth : textWidth));
    const lineHeight = size * LEADING;
    const rowLines = (cells: string[], face: Face) =>
      cells.map((cell, i) => this.lines([{ text: cell, face }], size, widths[i] - 2 * pad));
    const drawRow = (cells: string[], face: Face, fill: string | null) => {
      const wrapped = rowLines(cells, face);
      const height = Math.max(...wrapped.map((l) => l.length)) * lineHeight + 2 * pad;
      if (this.y + height > this.bottom) this.newPage();
      const y = this.y;
      let x = this.rtl ? this.left + this.width : this.left + indent;
      wrapped.forEach((lines, i) => {
        if (this.rtl) x -= widths[i];
        if (fill) this.doc.rect(x, y, widths[i], height).fill(fill);
        this.doc.rect(x, y, widths[i], height).lineWidth(0.5).stroke(COLOUR.rule);
        lines.forEach((line, n) => {
          const atEnd = model.numeric[i] ? !this.rtl : this.mirrors(line);
          const lx = atEnd ? x + widths[i] - pad - line.width : x + pad;
          this.drawFragments(line.fragments, lx, y + pad + n * lineHeight + size * 0.95, size, 1);
        });
        if (!this.rtl) x += widths[i];
      });
      this.y = y + height;
    };
    this.ensure(2 * (lineHeight + 2 * pad));
    drawRow(model.columns, 'serifBold', COLOUR.headerFill);
    for (const row of model.rows) {
      if (this.y + lineHeight + 2 * pad > this.bottom) {
        this.newPage();
        drawRow(model.columns, 'serifBold', COLOUR.headerFill);
      }
      drawRow(row, 'serif', null);
    }
    this.y += 8;
  }

  /** Running head on every page but the first (at the end side), "x / y" at the foot of every page. */
  furniture(runningHead: string): void {
    const { doc } = this;
    const { start, count } = doc.bufferedPageRange();
    for (let page = start; page < start + count; page++) {
      doc.switchToPage(page);
      const bottom = doc.page.margins.bottom;
      // Writing in the margins would make pdfkit start a new page: lift the limit meanwhile.
      doc.page.margins.bottom = 0;
      if (page > start) {
        const head = this.single({ text: runningHead, face: 'sans', colour: COLOUR.muted }, 7.5);
        const scale = head.width > this.width ? this.width / head.width : 1;
        const x = this.rtl ? this.left : this.left + this.width - head.width * scale;
        this.drawFragments(head.fragments, x, 40, 7.5, scale);
      }
      const folio = this.single(
        { text: `${page - start + 1} / ${count}`, face: 'sans', colour: COLOUR.muted },
        8.5,
      );
      const x = this.left + (this.width - folio.width) / 2;
      this.drawFragments(folio.fragments, x, doc.page.height - 36, 8.5, 1);
      doc.page.margins.bottom = bottom;
    }
  }
}
