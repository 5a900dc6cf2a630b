/**
 * Layout primitives on top of pdfkit: headings kept with what follows, justified paragraphs,
 * label/value lists, tables that repeat their header after a page break, and the bar chart.
 * pdfkit only flows plain text, so everything else is measured and placed here.
 */
import type { Bar, Fact, TableView } from '../view';
import { FONT, type FontName } from './fonts';

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

export class PdfWriter {
  /** `rtl`: a right-to-left document, whose marks start at the right margin. */
  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly rtl = false,
  ) {}

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

  private use(font: FontName, size: number, colour: string = COLOUR.ink): PDFKit.PDFDocument {
    return this.doc.font(font).fontSize(size).fillColor(colour);
  }

  heading(text: string, level: 1 | 2 | 3): void {
    const style = HEADINGS[level];
    this.use(style.font, style.size, style.colour);
    const height = this.doc.heightOfString(text, { width: this.width });
    // A heading alone at the foot of a page reads as a mistake: keep room for a few lines.
    this.ensure(style.before + height + style.after + 4 * BODY_SIZE * 1.4);
    if (this.doc.y > this.doc.page.margins.top) this.doc.y += style.before;
    this.doc.text(text, this.left, this.doc.y, { width: this.width });
    this.doc.y += style.after;
  }

  paragraph(
    lines: string[],
    options: {
      size?: number;
      font?: FontName;
      colour?: string;
      align?: 'justify' | 'left' | 'center';
    } = {},
  ): void {
    const size = options.size ?? BODY_SIZE;
    this.use(options.font ?? FONT.regular, size, options.colour);
    this.doc.text(lines.join('\n'), this.left, this.doc.y, {
      width: this.width,
      align: options.align ?? 'justify',
      lineGap: size * 0.3,
      paragraphGap: 0,
    });
    this.doc.y += size * 0.7;
  }

  note(text: string): void {
    this.paragraph([text], { size: 8, font: FONT.italic, colour: COLOUR.muted, align: 'left' });
  }

  /** The consensus and override marks: white on coloured bands, like labels on a file. */
  marks(marks: Array<{ kind: 'broad' | 'contested' | 'override'; label: string }>): void {
    if (marks.length === 0) return;
    this.ensure(16);
    const y = this.doc.y;
    this.drawMarks(marks, y);
    this.doc.y = y + 19;
  }

  /**
   * Draws the marks on one line from the start of the line (the right margin in a right-to-left
   * document) and returns the space left beside them. A right-to-left document right-aligns
   * text within the width it is given (pdf/scripts.ts), so there a label gets its band's width.
   */
  private drawMarks(
    marks: Array<{ kind: 'broad' | 'contested' | 'override'; label: string }>,
    y: number,
  ): { x: number; width: number } {
    let used = 0;
    for (const mark of marks) {
      const labelWidth = this.use(FONT.bold, 8, '#ffffff').widthOfString(mark.label);
      const width = labelWidth + 10;
      const x = this.rtl ? this.left + this.width - used - width : this.left + used;
      this.doc.rect(x, y, width, 13).fill(COLOUR[mark.kind]);
      this.use(FONT.bold, 8, '#ffffff').text(mark.label, x + 5, y + 2.5, {
        ...(this.rtl ? { width: labelWidth } : {}),
        lineBreak: false,
      });
      used += width + 6;
    }
    return { x: this.rtl ? this.left : this.left + used, width: this.width - used };
  }

  /** The marks, then a line of small text beside them (the tallies under a recommendation). */
  tallyLine(
    marks: Array<{ kind: 'broad' | 'contested' | 'override'; label: string }>,
    text: string,
  ): void {
    this.ensure(16);
    const y = this.doc.y;
    const rest = this.drawMarks(marks, y);
    this.use(FONT.regular, 8.5, COLOUR.muted).text(text, rest.x, y + 2, { width: rest.width });
    this.doc.y = Math.max(this.doc.y, y + 13) + 6;
  }

  /** A bold label, then its text, in one flowing paragraph. */
  labelled(label: string, text: string, options: { bold?: boolean; italic?: boolean } = {}): void {
    this.use(FONT.bold, BODY_SIZE).text(`${label} `, this.left, this.doc.y, {
      width: this.width,
      continued: true,
      lineGap: BODY_SIZE * 0.3,
    });
    const font = options.bold ? FONT.bold : options.italic ? FONT.italic : FONT.regular;
    this.use(font, BODY_SIZE).text(text, { width: this.width, lineGap: BODY_SIZE * 0.3 });
    this.doc.y += BODY_SIZE * 0.7;
  }

  /** Label and value pairs in two columns, each pair kept on one page. */
  facts(items: Fact[], labelShare = 0.3): void {
    const labelWidth = this.width * labelShare;
    const valueWidth = this.width - labelWidth - 8;
    for (const fact of items) {
      const height = Math.max(
        this.use(FONT.bold, 9).heightOfString(fact.label, { width: labelWidth }),
        this.use(FONT.regular, 9).heightOfString(fact.value, { width: valueWidth }),
      );
      this.ensure(height + 6);
      const y = this.doc.y;
      this.use(FONT.bold, 9, COLOUR.ink).text(fact.label, this.left, y, { width: labelWidth });
      this.use(FONT.regular, 9).text(fact.value, this.left + labelWidth + 8, y, {
        width: valueWidth,
      });
      this.doc.y = y + height + 3;
      this.doc
        .moveTo(this.left, this.doc.y)
        .lineTo(this.left + this.width, this.doc.y)
        .lineWidth(0.4)
        .stroke(COLOUR.rule);
      this.doc.y += 3;
    }
    this.doc.y += 6;
  }

  /** Column widths: numbers get what their widest cell needs, text columns share the rest. */
  private widths(view: TableView, total: number): number[] {
    const needs = view.numeric.map((numeric, i) => {
      if (!numeric) return 0;
      const header = this.use(FONT.bold, TABLE_SIZE).widthOfString(view.columns[i]);
      const cells = view.rows.map((row) =>
        this.use(FONT.regular, TABLE_SIZE).widthOfString(row[i]),
      );
      return Math.max(36, header, ...cells) + 2 * CELL_PAD + 2;
    });
    const weights = view.numeric.map((numeric, i) => (numeric ? 0 : (view.weights?.[i] ?? 1)));
    const rest = total - needs.reduce((a, b) => a + b, 0);
    const weightSum = weights.reduce((a, b) => a + b, 0) || 1;
    return view.numeric.map((numeric, i) => (numeric ? needs[i] : (rest * weights[i]) / weightSum));
  }

  table(view: TableView, options: { caption?: string; share?: number } = {}): void {
    const widths = this.widths(view, this.width * (options.share ?? 1));
    const rowHeight = (cells: string[], font: FontName): number =>
      Math.max(
        ...cells.map((cell, i) =>
          this.use(font, TABLE_SIZE).heightOfString(cell, { width: widths[i] - 2 * CELL_PAD }),
        ),
      ) +
      2 * CELL_PAD;
    const drawRow = (cells: string[], font: FontName, fill: string | null): void => {
      const height = rowHeight(cells, font);
      const y = this.doc.y;
      let x = this.left;
      cells.forEach((cell, i) => {
        if (fill) this.doc.rect(x, y, widths[i], height).fill(fill);
        this.doc.rect(x, y, widths[i], height).lineWidth(0.5).stroke(COLOUR.rule);
        this.use(font, TABLE_SIZE).text(cell, x + CELL_PAD, y + CELL_PAD, {
          width: widths[i] - 2 * CELL_PAD,
          align: view.numeric[i] ? 'right' : 'left',
        });
        x += widths[i];
      });
      this.doc.y = y + height;
    };
    const header = (): void => drawRow(view.columns, FONT.bold, COLOUR.headerFill);
    const first = view.rows[0] ?? [];
    const captionHeight = options.caption ? 14 : 0;
    this.ensure(
      captionHeight + rowHeight(view.columns, FONT.bold) + rowHeight(first, FONT.regular),
    );
    if (options.caption) {
      this.use(FONT.bold, 8.5, COLOUR.muted).text(options.caption, this.left, this.doc.y, {
        width: this.width,
      });
      this.doc.y += 3;
    }
    header();
    for (const row of view.rows) {
      if (this.doc.y + rowHeight(row, FONT.regular) > this.bottom) {
        this.newPage();
        header();
      }
      drawRow(row, FONT.regular, null);
    }
    this.doc.y += 8;
  }

  /** Horizontal bars in vector graphics, labelled on the left, counts at the end of the bar. */
  barChart(bars: Bar[]): void {
    const labelWidth = this.width * 0.42;
    const room = this.width - labelWidth - 40;
    for (const bar of bars) {
      const labelHeight = this.use(FONT.regular, 8.5).heightOfString(bar.label, {
        width: labelWidth - 8,
      });
      const row = Math.max(18, labelHeight + 6);
      this.ensure(row);
      const y = this.doc.y;
      this.use(FONT.regular, 8.5).text(bar.label, this.left, y + (row - labelHeight) / 2, {
        width: labelWidth - 8,
        align: 'right',
      });
      const length = Math.max(bar.count > 0 ? 1.5 : 0, bar.length * room);
      this.doc.rect(this.left + labelWidth, y + row / 2 - 5.5, length, 11).fill(COLOUR.accent);
      this.use(FONT.bold, 8.5).text(
        bar.value,
        this.left + labelWidth + length + 4,
        y + row / 2 - 5,
        {
          lineBreak: false,
        },
      );
      this.doc.y = y + row;
    }
    this.doc.y += 6;
  }
}
