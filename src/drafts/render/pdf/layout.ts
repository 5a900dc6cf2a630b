/**
 * Text layout for the drafting room's PDFs on top of pdfkit: pdfkit draws strings, this file
 * decides where. Paragraphs are lists of styled spans broken into lines here — by width, or by
 * character count when lines are numbered (the same lines as the HTML and Markdown exports) —
 * then drawn span by span on a common baseline, with underline and strike-through drawn here
 * too, so a comparison's marks sit on the words they mark.
 */
import { lineRanges } from '../text';
import { fontFor, type Face } from './fonts';

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

interface Fragment {
  span: Span;
  text: string;
  x: number;
  width: number;
}

type Line = Fragment[];

export interface ParagraphOptions {
  size?: number;
  /** Where the text starts, from the left margin. */
  indent?: number;
  /** Drawn at `labelAt` on the first line: a paragraph number, "Alt. 1". */
  label?: Span[];
  labelAt?: number;
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

  constructor(readonly doc: PDFKit.PDFDocument) {}

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

  measure(text: string, face: Face, size: number): number {
    return this.doc.font(fontFor(face, text)).fontSize(size).widthOfString(text);
  }

  private fragment(span: Span, text: string, size: number): Omit<Fragment, 'x'> {
    return { span, text, width: this.measure(text, span.face, size) };
  }

  /** Lines of at most `width` points, broken at spaces (inside a word only if it is longer than a line). */
  private wrapByWidth(spans: Span[], width: number, size: number): Line[] {
    const lines: Line[] = [];
    let line: Line = [];
    let x = 0;
    const finish = () => {
      while (line.length > 0 && line[line.length - 1].text.trim() === '') x -= line.pop()!.width;
      const last = line[line.length - 1];
      if (last && /\s$/.test(last.text)) {
        last.text = last.text.trimEnd();
        last.width = this.measure(last.text, last.span.face, size);
      }
      lines.push(line);
      line = [];
      x = 0;
    };
    const append = (span: Span, text: string, w: number) => {
      const last = line[line.length - 1];
      if (last && last.span === span) {
        last.text += text;
        last.width = this.measure(last.text, span.face, size);
        x = last.x + last.width;
      } else {
        line.push({ span, text, x, width: w });
        x += w;
      }
    };
    for (const span of spans) {
      for (const token of span.text.split(/(\n| +)/)) {
        if (token === '') continue;
        if (token === '\n') {
          finish();
          continue;
        }
        if (token.trim() === '') {
          if (line.length > 0) append(span, token, this.measure(token, span.face, size));
          continue;
        }
        let word = token;
        let w = this.measure(word, span.face, size);
        if (x + w > width && line.some((f) => f.text.trim() !== '')) finish();
        while (w > width) {
          // A word longer than the line: as many characters as fit, then the rest.
          const chars = Array.from(word);
          let fit = 1;
          while (
            fit < chars.length &&
            this.measure(chars.slice(0, fit + 1).join(''), span.face, size) <= width - x
          )
            fit++;
          append(
            span,
            chars.slice(0, fit).join(''),
            this.measure(chars.slice(0, fit).join(''), span.face, size),
          );
          finish();
          word = chars.slice(fit).join('');
          w = this.measure(word, span.face, size);
        }
        if (word !== '') append(span, word, w);
      }
    }
    if (line.length > 0 || lines.length === 0) finish();
    return lines;
  }

  /** Lines cut as `lineRanges` cuts the text, whatever their width. */
  private wrapByChars(spans: Span[], size: number): Line[] {
    const full = spans.map((s) => s.text).join('');
    const starts: number[] = [];
    let at = 0;
    for (const span of spans) {
      starts.push(at);
      at += span.text.length;
    }
    return lineRanges(full).map((range) => {
      const line: Line = [];
      let x = 0;
      spans.forEach((span, i) => {
        const from = Math.max(range.start, starts[i]);
        const to = Math.min(range.end, starts[i] + span.text.length);
        if (from >= to) return;
        const f = this.fragment(span, span.text.slice(from - starts[i], to - starts[i]), size);
        line.push({ ...f, x });
        x += f.width;
      });
      return line;
    });
  }

  private drawFragments(
    line: Line,
    x: number,
    baseline: number,
    size: number,
    scale: number,
  ): void {
    for (const f of line) {
      const fx = x + f.x * scale;
      const colour = f.span.colour ?? COLOUR.ink;
      this.doc
        .font(fontFor(f.span.face, f.text))
        .fontSize(size)
        .fillColor(colour)
        .text(f.text, fx, baseline, {
          lineBreak: false,
          baseline: 'alphabetic',
          ...(scale < 1 ? { horizontalScaling: Math.floor(scale * 1000) / 10 } : {}),
        });
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

  private drawLineNumber(n: number, baseline: number): void {
    this.doc
      .font(fontFor('sans', String(n)))
      .fontSize(7)
      .fillColor(COLOUR.muted)
      .text(String(n), this.left - 44, baseline, {
        width: 28,
        align: 'right',
        lineBreak: false,
        baseline: 'alphabetic',
      });
  }

  /** Lines a paragraph would take, for keeping things together. */
  height(spans: Span[], options: ParagraphOptions = {}): number {
    const size = options.size ?? 10.5;
    const width = this.width - (options.indent ?? 0);
    const lines = options.numbered
      ? this.wrapByChars(spans, size)
      : this.wrapByWidth(spans, width, size);
    return lines.length * size * LEADING + (options.after ?? size * 0.6);
  }

  paragraph(spans: Span[], options: ParagraphOptions = {}): void {
    const size = options.size ?? 10.5;
    const indent = options.indent ?? 0;
    const width = this.width - indent;
    const lineHeight = size * LEADING;
    const lines = options.numbered
      ? this.wrapByChars(spans, size)
      : this.wrapByWidth(spans, width, size);
    this.ensure(lineHeight * Math.min(lines.length, 2) + (options.keepWithNext ?? 0));
    lines.forEach((line, index) => {
      this.ensure(lineHeight);
      const baseline = this.y + size * 0.95;
      const lineWidth = line.reduce((w, f) => Math.max(w, f.x + f.width), 0);
      // A numbered line is cut by count: squeeze the rare one wider than the column.
      const scale = lineWidth > width ? width / lineWidth : 1;
      const room = width - lineWidth * scale;
      const x =
        this.left +
        indent +
        (options.align === 'center' ? room / 2 : options.align === 'right' ? room : 0);
      if (index === 0 && options.label) {
        let lx = this.left + (options.labelAt ?? 0);
        for (const span of options.label) {
          this.drawFragments(
            [{ ...this.fragment(span, span.text, size), x: 0 }],
            lx,
            baseline,
            size,
            1,
          );
          lx += this.measure(span.text, span.face, size) + (span.text === '' ? 0 : 2);
        }
      }
      if (options.numbered) this.drawLineNumber(++this.lineNumber, baseline);
      this.drawFragments(line, x, baseline, size, scale);
      this.y += lineHeight;
    });
    this.y += options.after ?? size * 0.6;
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

  /** Text at the left and at the right of one line (the front matter's masthead). */
  twoSides(leftSpan: Span, rightSpan: Span, size: number): void {
    this.ensure(size * LEADING);
    const baseline = this.y + size * 0.95;
    this.drawFragments(
      [{ ...this.fragment(leftSpan, leftSpan.text, size), x: 0 }],
      this.left,
      baseline,
      size,
      1,
    );
    const w = this.measure(rightSpan.text, rightSpan.face, size);
    this.drawFragments(
      [{ ...this.fragment(rightSpan, rightSpan.text, size), x: 0 }],
      this.left + this.width - w,
      baseline,
      size,
      1,
    );
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
      cells.map((cell, i) => this.wrapByWidth([{ text: cell, face }], widths[i] - 2 * pad, size));
    const drawRow = (cells: string[], face: Face, fill: string | null) => {
      const wrapped = rowLines(cells, face);
      const height = Math.max(...wrapped.map((l) => l.length)) * lineHeight + 2 * pad;
      if (this.y + height > this.bottom) this.newPage();
      const y = this.y;
      let x = this.left + indent;
      wrapped.forEach((lines, i) => {
        if (fill) this.doc.rect(x, y, widths[i], height).fill(fill);
        this.doc.rect(x, y, widths[i], height).lineWidth(0.5).stroke(COLOUR.rule);
        lines.forEach((line, n) => {
          const lineWidth = line.reduce((w, f) => Math.max(w, f.x + f.width), 0);
          const lx = model.numeric[i] ? x + widths[i] - pad - lineWidth : x + pad;
          this.drawFragments(line, lx, y + pad + n * lineHeight + size * 0.95, size, 1);
        });
        x += widths[i];
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

  /** Running head on every page but the first, "x / y" at the foot of every page. */
  furniture(runningHead: string): void {
    const { doc } = this;
    const { start, count } = doc.bufferedPageRange();
    for (let page = start; page < start + count; page++) {
      doc.switchToPage(page);
      const bottom = doc.page.margins.bottom;
      // Writing in the margins would make pdfkit start a new page: lift the limit meanwhile.
      doc.page.margins.bottom = 0;
      if (page > start) {
        const head = [
          {
            span: { text: runningHead, face: 'sans' as Face, colour: COLOUR.muted },
            text: runningHead,
            x: 0,
            width: 0,
          },
        ];
        const w = this.measure(runningHead, 'sans', 7.5);
        this.drawFragments(
          head,
          Math.max(this.left, this.left + this.width - w),
          40,
          7.5,
          w > this.width ? this.width / w : 1,
        );
      }
      const folio = `${page - start + 1} / ${count}`;
      const w = this.measure(folio, 'sans', 8.5);
      this.drawFragments(
        [
          {
            span: { text: folio, face: 'sans', colour: COLOUR.muted },
            text: folio,
            x: 0,
            width: w,
          },
        ],
        this.left + (this.width - w) / 2,
        doc.page.height - 36,
        8.5,
        1,
      );
      doc.page.margins.bottom = bottom;
    }
  }
}
