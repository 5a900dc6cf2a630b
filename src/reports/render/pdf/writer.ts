/**
 * Layout primitives on top of pdfkit: headings kept with what follows, paragraphs, label/value
 * lists, tables that repeat their header after a page break, the bar chart, and links. pdfkit only
 * flows plain text, so everything else is measured and placed here. Everything drawn is tagged
 * (pdf/tags.ts): headings, paragraphs, tables and lists as structure elements, rules and fills
 * as artifacts.
 *
 * Speed (issue 17): a line that fits is drawn without pdfkit's line wrapper, which costs about a
 * tenth of a millisecond a call (an event emitter, the words measured twice) and was most of the
 * time of a 5,000-recommendation document's tables; text is left-aligned, as in the DOCX.
 */
import type { Bar, Fact, TableView } from '../view';
import { FONT, type FontName } from './fonts';
import { Tags, type Rect } from './tags';
import { TextSetter, type Align } from './text-setter';

export const COLOUR = {
  ink: '#1a1a1a',
  accent: '#1f4e79',
  muted: '#5a5f66',
  rule: '#c9ced6',
  headerFill: '#eef2f7',
  broad: '#1e6b3a',
  contested: '#9a4a00',
  override: '#8b1e3f',
  draft: '#aa3333',
} as const;

const HEADINGS = {
  1: { size: 16, font: FONT.bold, colour: COLOUR.accent, before: 0, after: 10 },
  2: { size: 12.5, font: FONT.bold, colour: COLOUR.accent, before: 14, after: 6 },
  3: { size: 10.5, font: FONT.bold, colour: COLOUR.muted, before: 10, after: 4 },
} as const;

const BODY_SIZE = 10;
const TABLE_SIZE = 8.5;
const CELL_PAD = 4;

type MarkView = { kind: 'broad' | 'contested' | 'override'; label: string };
/** A link drawn in the text: where it goes and what it says to a screen reader. */
export interface LinkTarget {
  destination: string;
  description: string;
}

export class PdfWriter {
  readonly tags: Tags;
  private readonly setter: TextSetter;

  /** `rtl`: a right-to-left document, whose marks start at the right margin. */
  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly rtl = false,
  ) {
    this.tags = new Tags(doc);
    this.setter = new TextSetter(doc, rtl);
  }

  get left(): number {
    return this.doc.page.margins.left;
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** The index of the current page, from 0, counting the pages buffered so far. */
  get page(): number {
    const range = this.doc.bufferedPageRange();
    return range.start + range.count - 1;
  }

  newPage(): void {
    this.doc.addPage();
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensure(height: number): void {
    if (this.doc.y + height > this.bottom) this.newPage();
  }

  /** A named destination here, for the contents, bookmarks and cross-references. */
  anchor(name: string): void {
    this.doc.addNamedDestination(name, 'XYZ', this.left, this.doc.y, null as unknown as number);
  }

  private get fontSize(): number {
    return (this.doc as unknown as { _fontSize: number })._fontSize;
  }

  private use(font: FontName, size: number, colour: string = COLOUR.ink): PDFKit.PDFDocument {
    return this.doc.font(font).fontSize(size).fillColor(colour);
  }

  /**
   * The width of `text` when it is drawn on one line of `width` in the current font by the text
   * setter (pdf/text-setter.ts: Latin or Cyrillic text of a left-to-right document; pdf/scripts.ts
   * lays out the rest), else null. A text too long to fit is not measured: no glyph of DejaVu
   * Sans is narrower than a fifth of the font size.
   */
  private oneLine(text: string, width: number): number | null {
    if (text.length * this.fontSize * 0.2 > width || text.includes('\n')) return null;
    if (!this.setter.handles(text)) return null;
    const measured = this.setter.width(text);
    return measured <= width ? measured : null;
  }

  /** `text`'s lines in `width` when the text setter breaks them, else null (pdfkit does). */
  private linesOf(text: string, width: number): string[] | null {
    return this.setter.handles(text) ? this.setter.lines(text, width) : null;
  }

  /** The height of `text` in `width` in the current font; one line costs no layout. */
  private heightOf(text: string, width: number): number {
    if (this.oneLine(text, width) !== null) return this.doc.currentLineHeight(true);
    const lines = this.linesOf(text, width);
    return lines ? this.setter.height(lines.length) : this.doc.heightOfString(text, { width });
  }

  /** Draws `text` in the box at (x, y) of `width`; returns the height it took. */
  box(text: string, x: number, y: number, width: number, align: Align = 'left'): number {
    if (this.fitted(text, x, y, width, align)) return this.doc.currentLineHeight(true);
    this.doc.y = y;
    this.flowText(text, x, width, align);
    return this.doc.y - y;
  }

  /**
   * Draws `text` on one line in `width` at (x, y) when it fits there, else draws it with pdfkit's
   * `text` and `options` when they are given; returns whether it was drawn.
   */
  fitted(
    text: string,
    x: number,
    y: number,
    width: number,
    align: Align = 'left',
    options?: PDFKit.Mixins.TextOptions,
  ): boolean {
    const measured = this.oneLine(text, width);
    if (measured === null) {
      if (options) this.doc.text(text, x, y, { width, align, ...options });
      return options !== undefined;
    }
    const room = width - measured;
    const start = align === 'right' ? x + room : align === 'center' ? x + room / 2 : x;
    this.setter.draw(text, start, y);
    this.doc.x = start + measured;
    this.doc.y = y;
    return true;
  }

  /** Text flowed from (x, doc.y) in `width`, by the text setter when it can, else by pdfkit. */
  private flowText(text: string, x: number, width: number, align: Align = 'left', lineGap = 0) {
    const lines = this.linesOf(text, width);
    if (lines) this.setter.flow(lines, x, width, align, lineGap);
    else this.doc.text(text, x, this.doc.y, { width, align, lineGap });
  }

  heading(
    text: string,
    level: 1 | 2 | 3,
    options: { tag?: 'H1' | 'H2' | 'H3'; anchor?: string } = {},
  ): void {
    const style = HEADINGS[level];
    this.use(style.font, style.size, style.colour);
    const height = this.heightOf(text, this.width);
    // A heading alone at the foot of a page reads as a mistake: keep room for a few lines.
    this.ensure(style.before + height + style.after + 4 * BODY_SIZE * 1.4);
    if (this.doc.y > this.doc.page.margins.top) this.doc.y += style.before;
    if (options.anchor) this.anchor(options.anchor);
    const y = this.doc.y;
    this.tags.leaf(options.tag ?? `H${level}`, () => {
      this.doc.y = y + this.box(text, this.left, y, this.width);
    });
    this.doc.y += style.after;
  }

  paragraph(
    lines: string[],
    options: {
      size?: number;
      font?: FontName;
      colour?: string;
      align?: Align;
      /** The structure element: a paragraph unless said (the title). */
      tag?: 'P' | 'H1';
    } = {},
  ): void {
    const size = options.size ?? BODY_SIZE;
    this.use(options.font ?? FONT.regular, size, options.colour);
    const text = lines.join('\n');
    this.tags.leaf(options.tag ?? 'P', () => {
      this.flowText(text, this.left, this.width, options.align ?? 'left', size * 0.3);
    });
    this.doc.y += size * 0.7;
  }

  note(text: string): void {
    this.paragraph([text], { size: 8, font: FONT.italic, colour: COLOUR.muted, align: 'left' });
  }

  /** Entries that each link to their target when it is printed: L > LI > LBody (> Link). */
  list(items: Array<{ text: string; link: LinkTarget | null }>): void {
    this.tags.group('L', () => {
      for (const item of items) {
        this.use(FONT.regular, BODY_SIZE);
        this.ensure(this.heightOf(item.text, this.width));
        this.tags.group('LI', () =>
          this.tags.group('LBody', () => {
            if (item.link) this.linkedText(item.text, item.link, this.left, this.width);
            else this.tags.content(() => this.flow(item.text, this.left, this.width));
          }),
        );
        this.doc.y += BODY_SIZE * 0.7;
      }
    });
  }

  /** Text flowed from (x, doc.y) in `width`, as paragraphs are. */
  private flow(text: string, x: number, width: number, lineGap = BODY_SIZE * 0.3): void {
    this.flowText(text, x, width, 'left', lineGap);
  }

  /** `text` drawn in the current font as a Link element with its annotation over it. */
  private linkedText(
    text: string,
    link: LinkTarget,
    x: number,
    width: number,
    lineGap = BODY_SIZE * 0.3,
  ): void {
    this.tags.link(link.destination, link.description, (): Rect => {
      const y = this.doc.y;
      const measured = this.oneLine(text, width);
      this.flowText(text, x, width, 'left', lineGap);
      const drawn = measured ?? width;
      const start = this.rtl ? x + width - drawn : x;
      return { x: start, y, width: drawn, height: this.doc.y - y };
    });
  }

  /** The consensus and override marks: white on coloured bands, like labels on a file. */
  marks(marks: MarkView[]): void {
    if (marks.length === 0) return;
    this.ensure(16);
    const y = this.doc.y;
    this.tags.group('P', () => this.drawMarks(marks, y));
    this.doc.y = y + 19;
  }

  /**
   * Draws the marks on one line from the start of the line (the right margin in a right-to-left
   * document) and returns the space left beside them. A right-to-left document right-aligns
   * text within the width it is given (pdf/scripts.ts), so there a label gets its band's width.
   * Inside the current element: the band is an artifact, the label its text.
   */
  private drawMarks(marks: MarkView[], y: number): { x: number; width: number } {
    let used = 0;
    for (const mark of marks) {
      const labelWidth = this.use(FONT.bold, 8, '#ffffff').widthOfString(mark.label);
      const width = labelWidth + 10;
      const x = this.rtl ? this.left + this.width - used - width : this.left + used;
      this.tags.artifact(() => this.doc.rect(x, y, width, 13).fill(COLOUR[mark.kind]));
      this.tags.content(() => {
        this.use(FONT.bold, 8, '#ffffff');
        if (this.rtl || !this.fitted(mark.label, x + 5, y + 2.5, labelWidth + 1))
          this.doc.text(mark.label, x + 5, y + 2.5, {
            ...(this.rtl ? { width: labelWidth } : {}),
            lineBreak: false,
          });
      });
      used += width + 6;
    }
    return { x: this.rtl ? this.left : this.left + used, width: this.width - used };
  }

  /**
   * The marks, then a line of small text beside them (the tallies under a recommendation), one
   * paragraph; the text links to `link` (the recommendation's details in annex E).
   */
  tallyLine(marks: MarkView[], text: string, link: LinkTarget | null = null): void {
    this.ensure(16);
    const y = this.doc.y;
    this.tags.group('P', () => {
      const rest = this.drawMarks(marks, y);
      this.use(FONT.regular, 8.5, COLOUR.muted);
      this.doc.y = y + 2;
      if (link) this.linkedText(text, link, rest.x, rest.width, 0);
      else this.tags.content(() => this.flow(text, rest.x, rest.width, 0));
    });
    this.doc.y = Math.max(this.doc.y, y + 13) + 6;
  }

  /** A bold label, then its text, in one flowing paragraph. */
  labelled(label: string, text: string, options: { bold?: boolean; italic?: boolean } = {}): void {
    this.tags.leaf('P', () => {
      this.use(FONT.bold, BODY_SIZE).text(`${label} `, this.left, this.doc.y, {
        width: this.width,
        continued: true,
        lineGap: BODY_SIZE * 0.3,
      });
      const font = options.bold ? FONT.bold : options.italic ? FONT.italic : FONT.regular;
      this.use(font, BODY_SIZE).text(text, { width: this.width, lineGap: BODY_SIZE * 0.3 });
    });
    this.doc.y += BODY_SIZE * 0.7;
  }

  /** Label and value pairs in two columns, each pair kept on one page: a table of row headers. */
  facts(items: Fact[], labelShare = 0.3): void {
    const labelWidth = this.width * labelShare;
    const valueWidth = this.width - labelWidth - 8;
    this.tags.group('Table', () => {
      for (const fact of items) {
        this.use(FONT.bold, 9);
        const labelHeight = this.heightOf(fact.label, labelWidth);
        this.use(FONT.regular, 9);
        const height = Math.max(labelHeight, this.heightOf(fact.value, valueWidth));
        this.ensure(height + 6);
        const y = this.doc.y;
        this.tags.group('TR', () => {
          this.tags.leaf(
            'TH',
            () => {
              this.use(FONT.bold, 9, COLOUR.ink);
              this.box(fact.label, this.left, y, labelWidth);
            },
            { scope: 'Row' },
          );
          this.tags.leaf('TD', () => {
            this.use(FONT.regular, 9);
            this.box(fact.value, this.left + labelWidth + 8, y, valueWidth);
          });
        });
        this.doc.y = y + height + 3;
        this.tags.artifact(() =>
          this.doc
            .moveTo(this.left, this.doc.y)
            .lineTo(this.left + this.width, this.doc.y)
            .lineWidth(0.4)
            .stroke(COLOUR.rule),
        );
        this.doc.y += 3;
      }
    });
    this.doc.y += 6;
  }

  /** Column widths: numbers get what their widest cell needs, text columns share the rest. */
  private widths(view: TableView, total: number): number[] {
    const needs = view.numeric.map((numeric, i) => {
      if (!numeric) return 0;
      const header = this.use(FONT.bold, TABLE_SIZE).widthOfString(view.columns[i]);
      this.use(FONT.regular, TABLE_SIZE);
      const cells = view.rows.map((row) => this.doc.widthOfString(row[i]));
      return Math.max(36, header, ...cells) + 2 * CELL_PAD + 2;
    });
    const weights = view.numeric.map((numeric, i) => (numeric ? 0 : (view.weights?.[i] ?? 1)));
    const rest = total - needs.reduce((a, b) => a + b, 0);
    const weightSum = weights.reduce((a, b) => a + b, 0) || 1;
    return view.numeric.map((numeric, i) => (numeric ? needs[i] : (rest * weights[i]) / weightSum));
  }

  /**
   * A table, its header repeated after a page break (the repeat is an artifact: the header
   * cells are in the structure once), the caption its first element.
   */
  table(view: TableView, options: { caption?: string; share?: number } = {}): void {
    const widths = this.widths(view, this.width * (options.share ?? 1));
    const rowHeight = (cells: string[], font: FontName): number => {
      this.use(font, TABLE_SIZE);
      let height = 0;
      cells.forEach((cell, i) => {
        height = Math.max(height, this.heightOf(cell, widths[i] - 2 * CELL_PAD));
      });
      return height + 2 * CELL_PAD;
    };
    const drawRow = (cells: string[], height: number, kind: 'TH' | 'TD' | 'repeat'): void => {
      const y = this.doc.y;
      const fill = kind === 'TD' ? null : COLOUR.headerFill;
      this.tags.artifact(() => {
        let x = this.left;
        cells.forEach((_, i) => {
          if (fill) this.doc.rect(x, y, widths[i], height).fill(fill);
          this.doc.rect(x, y, widths[i], height).lineWidth(0.5).stroke(COLOUR.rule);
          x += widths[i];
        });
      });
      const font = kind === 'TD' ? FONT.regular : FONT.bold;
      const drawCell = (cell: string, x: number, i: number) => {
        this.use(font, TABLE_SIZE);
        this.box(
          cell,
          x + CELL_PAD,
          y + CELL_PAD,
          widths[i] - 2 * CELL_PAD,
          view.numeric[i] ? 'right' : 'left',
        );
      };
      if (kind === 'repeat') {
        this.tags.artifact(() => {
          let x = this.left;
          cells.forEach((cell, i) => {
            drawCell(cell, x, i);
            x += widths[i];
          });
        }, 'Pagination');
      } else {
        this.tags.group('TR', () => {
          let x = this.left;
          cells.forEach((cell, i) => {
            const left = x;
            this.tags.leaf(
              kind,
              () => drawCell(cell, left, i),
              kind === 'TH' ? { scope: 'Column' } : {},
            );
            x += widths[i];
          });
        });
      }
      this.doc.y = y + height;
    };
    const headerHeight = rowHeight(view.columns, FONT.bold);
    const first = view.rows[0] ?? [];
    const captionHeight = options.caption ? 14 : 0;
    this.ensure(captionHeight + headerHeight + rowHeight(first, FONT.regular));
    this.tags.group('Table', () => {
      if (options.caption) {
        const caption = options.caption;
        this.tags.leaf('Caption', () => {
          this.use(FONT.bold, 8.5, COLOUR.muted);
          const y = this.doc.y;
          this.doc.y = y + this.box(caption, this.left, y, this.width);
        });
        this.doc.y += 3;
      }
      drawRow(view.columns, headerHeight, 'TH');
      for (const row of view.rows) {
        const height = rowHeight(row, FONT.regular);
        if (this.doc.y + height > this.bottom) {
          this.newPage();
          drawRow(view.columns, headerHeight, 'repeat');
        }
        drawRow(row, height, 'TD');
      }
    });
    this.doc.y += 8;
  }

  /**
   * Horizontal bars in vector graphics, labelled on the left, counts at the end of the bar: a
   * Figure whose alternative text `alt` says what it shows (the table after it has the numbers).
   */
  barChart(bars: Bar[], alt: string): void {
    const labelWidth = this.width * 0.42;
    const room = this.width - labelWidth - 40;
    this.tags.group(
      'Figure',
      () => {
        for (const bar of bars) {
          const labelHeight = this.use(FONT.regular, 8.5).heightOfString(bar.label, {
            width: labelWidth - 8,
          });
          const row = Math.max(18, labelHeight + 6);
          this.ensure(row);
          const y = this.doc.y;
          this.tags.content(() => {
            this.use(FONT.regular, 8.5).text(bar.label, this.left, y + (row - labelHeight) / 2, {
              width: labelWidth - 8,
              align: 'right',
            });
            const length = Math.max(bar.count > 0 ? 1.5 : 0, bar.length * room);
            this.doc
              .rect(this.left + labelWidth, y + row / 2 - 5.5, length, 11)
              .fill(COLOUR.accent);
            this.use(FONT.bold, 8.5).text(
              bar.value,
              this.left + labelWidth + length + 4,
              y + row / 2 - 5,
              {
                lineBreak: false,
              },
            );
          });
          this.doc.y = y + row;
        }
      },
      { alt },
    );
    this.doc.y += 6;
  }
}
