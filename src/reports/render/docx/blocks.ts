/** Building blocks of the DOCX body: paragraphs, tables and the participation chart. */
import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  HeadingLevel,
  HeightRule,
  InternalHyperlink,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type ITableCellBorders,
} from 'docx';
import type { Bar, Fact, TableView } from '../view';
import { COLOUR, CONTENT_WIDTH, FONT_HEADING, STYLE } from './styles';

type HeadingKind = 1 | 2 | 3;
const LEVELS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 };

/** Word bookmark names allow letters, digits and underscores only. */
export const bookmarkName = (anchor: string): string => anchor.replace(/[^A-Za-z0-9]/g, '_');

export function heading(
  text: string,
  level: HeadingKind,
  options: { pageBreakBefore?: boolean; anchor?: string } = {},
): Paragraph {
  const run = new TextRun(text);
  return new Paragraph({
    heading: LEVELS[level],
    pageBreakBefore: options.pageBreakBefore,
    children: [
      options.anchor ? new Bookmark({ id: bookmarkName(options.anchor), children: [run] }) : run,
    ],
  });
}

/** A paragraph that links to a heading's bookmark: cross-references are clickable in Word. */
export function linkParagraph(text: string, anchor: string): Paragraph {
  return new Paragraph({
    children: [
      new InternalHyperlink({
        anchor: bookmarkName(anchor),
        children: [new TextRun({ text, style: 'Hyperlink' })],
      }),
    ],
  });
}

/** A paragraph whose lines are kept as lines (a line break, not a new paragraph). */
export function paragraph(lines: string[], options: IParagraphOptions = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    ...options,
    children: lines.map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : 0 })),
  });
}

export function styled(text: string, style: string, options: IParagraphOptions = {}): Paragraph {
  return new Paragraph({ style, ...options, children: [new TextRun(text)] });
}

export type MarkKind = 'broad' | 'contested' | 'override';

/** The consensus and override marks: white on a coloured background, as labels on a file. */
export function markParagraph(
  marks: Array<{ kind: MarkKind; label: string }>,
  line: { text: string; anchor: string },
): Paragraph {
  return new Paragraph({
    spacing: { after: 120 },
    children: [
      ...marks.flatMap((mark) => [
        new TextRun({
          text: `\u00a0${mark.label}\u00a0`,
          bold: true,
          font: FONT_HEADING,
          size: 17,
          color: 'FFFFFF',
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLOUR[mark.kind] },
        }),
        new TextRun({ text: ' ' }),
      ]),
      new InternalHyperlink({
        anchor: bookmarkName(line.anchor),
        children: [new TextRun({ text: line.text, size: 18, color: COLOUR.muted })],
      }),
    ],
  });
}

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const RULE = { style: BorderStyle.SINGLE, size: 4, color: COLOUR.rule };
const NO_BORDERS: ITableCellBorders = { top: NONE, bottom: NONE, left: NONE, right: NONE };
const GRID: ITableCellBorders = { top: RULE, bottom: RULE, left: RULE, right: RULE };
const CELL_MARGINS = { top: 40, bottom: 40, left: 100, right: 100 };

function cell(
  text: string,
  width: number,
  options: { bold?: boolean; right?: boolean; fill?: string; borders?: ITableCellBorders } = {},
): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: CELL_MARGINS,
    borders: options.borders ?? GRID,
    shading: options.fill
      ? { type: ShadingType.CLEAR, color: 'auto', fill: options.fill }
      : undefined,
    children: text.split('\n').map(
      (line) =>
        new Paragraph({
          style: STYLE.tableText,
          alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text: line, bold: options.bold })],
        }),
    ),
  });
}

function fixedTable(rows: TableRow[], widths: number[]): Table {
  return new Table({
    rows,
    columnWidths: widths,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
  });
}

/** Label and value pairs without grid lines: the title block and a recommendation's details. */
export function factsTable(facts: Fact[], labelShare = 0.3): Table {
  const label = Math.round(CONTENT_WIDTH * labelShare);
  const widths = [label, CONTENT_WIDTH - label];
  const border: ITableCellBorders = { ...NO_BORDERS, bottom: RULE };
  return fixedTable(
    facts.map(
      (fact) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell(fact.label, widths[0], { bold: true, borders: border }),
            cell(fact.value, widths[1], { borders: border }),
          ],
        }),
    ),
    widths,
  );
}

/**
 * A table with a shaded header row that repeats on every page. Number columns are as wide as
 * their longest text (Word cannot be asked to measure), text columns share the rest.
 */
export function dataTable(view: TableView, widthShare = 1): Table {
  const total = Math.round(CONTENT_WIDTH * widthShare);
  const needs = view.numeric.map((numeric, i) => {
    if (!numeric) return 0;
    const longest = Math.max(view.columns[i].length, ...view.rows.map((row) => row[i].length));
    return Math.min(2400, Math.max(800, longest * 115 + 260));
  });
  const weights = view.numeric.map((numeric, i) => (numeric ? 0 : (view.weights?.[i] ?? 1)));
  const rest = total - needs.reduce((a, b) => a + b, 0);
  const weightSum = weights.reduce((a, b) => a + b, 0) || 1;
  const widths = view.numeric.map((numeric, i) =>
    numeric ? needs[i] : Math.floor((rest * weights[i]) / weightSum),
  );
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: view.columns.map((column, i) =>
      cell(column, widths[i], { bold: true, right: view.numeric[i], fill: COLOUR.headerFill }),
    ),
  });
  const rows = view.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.map((text, i) => cell(text, widths[i], { right: view.numeric[i] })),
      }),
  );
  return fixedTable([header, ...rows], widths);
}

/**
 * The participation chart as a table: the bar is a run of shaded grid columns, so it prints
 * sharp at any zoom, needs no image and Word users can still read and copy the numbers. The
 * count follows the bar; thin empty rows keep the bars apart.
 */
export function barChart(bars: Bar[]): Table {
  const steps = 40;
  const label = Math.round(CONTENT_WIDTH * 0.38);
  const count = 600;
  const step = Math.floor((CONTENT_WIDTH - label - count) / steps);
  const widths = [label, ...Array.from({ length: steps }, () => step), count];
  const gap = (): TableRow =>
    new TableRow({
      height: { value: 70, rule: HeightRule.EXACT },
      children: [
        new TableCell({
          columnSpan: steps + 2,
          borders: NO_BORDERS,
          children: [new Paragraph({ style: STYLE.tableText, children: [] })],
        }),
      ],
    });
  const rows = bars.flatMap((bar, index) => {
    const filled = Math.max(bar.count > 0 ? 1 : 0, Math.round(bar.length * steps));
    const children = [cell(bar.label, label, { borders: NO_BORDERS })];
    if (filled > 0) {
      children.push(
        new TableCell({
          columnSpan: filled,
          borders: NO_BORDERS,
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLOUR.accent },
          children: [new Paragraph({ style: STYLE.tableText, children: [] })],
        }),
      );
    }
    children.push(
      new TableCell({
        columnSpan: steps - filled + 1,
        borders: NO_BORDERS,
        margins: { top: 40, bottom: 40, left: 80, right: 0 },
        children: [
          new Paragraph({
            style: STYLE.tableText,
            children: [new TextRun({ text: bar.value, bold: true })],
          }),
        ],
      }),
    );
    const row = new TableRow({ cantSplit: true, children });
    return index === 0 ? [row] : [gap(), row];
  });
  return fixedTable(rows, widths);
}
