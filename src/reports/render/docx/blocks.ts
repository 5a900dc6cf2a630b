/**
 * Building blocks of the DOCX body, written as WordprocessingML text with the drafting room's
 * small writer (`src/drafts/render/docx/wordml.ts`): headings with bookmarks, links, label/value
 * lines, tables, fields and the participation chart. Plain string concatenation: the outcome
 * document of 5,000 recommendations is written in well under a second.
 */
import { paragraph, run, table, type ParagraphProps, type RunProps } from './wordml';
import { element, xmlText } from './xml';
import type { Bar, Fact, TableView } from '../view';
import { COLOUR, CONTENT_WIDTH, FONT_HEADING, STYLE } from './styles';

export type MarkKind = 'broad' | 'contested' | 'override';

/** Word bookmark names allow letters, digits and underscores only. */
export const bookmarkName = (anchor: string): string => anchor.replace(/[^A-Za-z0-9]/g, '_');

const HEADING_STYLE = { 1: STYLE.heading1, 2: STYLE.heading2, 3: STYLE.heading3 } as const;

/** Bookmark ids count up through one document, so every render numbers them alike. */
export class Bookmarks {
  private next = 1;

  wrap(anchor: string, content: string): string {
    const id = this.next++;
    return (
      `<w:bookmarkStart w:name="${bookmarkName(anchor)}" w:id="${id}"/>` +
      content +
      `<w:bookmarkEnd w:id="${id}"/>`
    );
  }
}

export function heading(
  text: string,
  level: 1 | 2 | 3,
  options: { pageBreakBefore?: boolean; anchor?: string; bookmarks?: Bookmarks } = {},
): string {
  const content = run(text);
  const marked =
    options.anchor && options.bookmarks ? options.bookmarks.wrap(options.anchor, content) : content;
  return paragraph(marked, {
    style: HEADING_STYLE[level],
    pageBreakBefore: options.pageBreakBefore,
  });
}

/** Runs that link to a heading's bookmark: cross-references are clickable in Word. */
export function link(text: string, anchor: string, props: RunProps = {}): string {
  return element(
    'w:hyperlink',
    { 'w:history': 1, 'w:anchor': bookmarkName(anchor) },
    run(text, { style: STYLE.hyperlink, ...props }),
  );
}

export function linkParagraph(text: string, anchor: string, props: ParagraphProps = {}): string {
  return paragraph(link(text, anchor), { style: STYLE.body, ...props });
}

/** A paragraph of body text, left-aligned; its lines kept as lines (line breaks). */
export function textParagraph(lines: string[], props: ParagraphProps = {}): string {
  return paragraph(run(lines.join('\n')), { style: STYLE.body, ...props });
}

export function styled(text: string, style: string, props: ParagraphProps = {}): string {
  return paragraph(run(text), { style, ...props });
}

/** The consensus and override marks: white on a coloured background, as labels on a file. */
export function markRuns(marks: Array<{ kind: MarkKind; label: string }>): string {
  return marks
    .map(
      (mark) =>
        run(`\u00a0${mark.label}\u00a0`, {
          bold: true,
          font: FONT_HEADING,
          size: 17,
          colour: 'FFFFFF',
          shading: COLOUR[mark.kind],
        }) + run(' '),
    )
    .join('');
}

/** Label, a tab, the value: lines that align like a two-column list without a table. */
export function factLines(facts: Fact[], colon: string, props: ParagraphProps = {}): string {
  return facts
    .map((fact) =>
      paragraph(run(`${fact.label}${colon}`, { bold: true }) + run(`\t${fact.value}`), {
        style: STYLE.fact,
        ...props,
      }),
    )
    .join('');
}

/** A complex field (PAGE, NUMPAGES, TOC …) with the text shown until Word computes it. */
export function field(instruction: string, shown: string, props: RunProps = {}): string {
  const char = (type: string) =>
    element('w:r', {}, element('w:fldChar', { 'w:fldCharType': type }));
  return (
    char('begin') +
    element('w:r', {}, `<w:instrText xml:space="preserve">${xmlText(instruction)}</w:instrText>`) +
    char('separate') +
    run(shown, props) +
    char('end')
  );
}

/**
 * The table of contents: Word's TOC field (so "Update field" in Word fills in page numbers),
 * whose shown result is already written here — one linked entry per part, without page
 * numbers, since only Word knows its pagination. The file therefore opens with a usable
 * contents and without Word asking to update fields.
 */
export function tableOfContents(
  title: string,
  entries: Array<{ text: string; anchor: string }>,
): string {
  const begin = element('w:r', {}, element('w:fldChar', { 'w:fldCharType': 'begin' }));
  const instruction = element(
    'w:r',
    {},
    '<w:instrText xml:space="preserve">TOC \\h \\o &quot;1-1&quot;</w:instrText>',
  );
  const separate = element('w:r', {}, element('w:fldChar', { 'w:fldCharType': 'separate' }));
  const end = element('w:r', {}, element('w:fldChar', { 'w:fldCharType': 'end' }));
  const lines = entries.map((entry, index) =>
    paragraph(
      (index === 0 ? begin + instruction + separate : '') +
        link(entry.text, entry.anchor, { style: undefined }) +
        (index === entries.length - 1 ? end : ''),
      { style: STYLE.toc1 },
    ),
  );
  return element('w:sdt', {}, [
    element(
      'w:sdtPr',
      {},
      element('w:docPartObj', {}, [
        element('w:docPartGallery', { 'w:val': 'Table of Contents' }),
        element('w:docPartUnique'),
      ]),
    ),
    element('w:sdtContent', {}, [
      paragraph(run(title), { style: STYLE.tocHeading, pageBreakBefore: true }),
      ...lines,
    ]),
  ]);
}

const cellParagraph = (text: string, right: boolean, bold: boolean): string =>
  text
    .split('\n')
    .map((line) =>
      paragraph(run(line, { bold }), { style: STYLE.tableText, align: right ? 'right' : 'left' }),
    )
    .join('');

/**
 * A table with a shaded header row that repeats on every page. Number columns are as wide as
 * their longest text (Word cannot be asked to measure), text columns share the rest.
 */
export function dataTable(view: TableView, widthShare = 1): string {
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
  return table({
    widths,
    header: true,
    borderColour: COLOUR.rule,
    headerFill: COLOUR.headerFill,
    padding: 100,
    rows: [
      view.columns.map((column, i) => cellParagraph(column, view.numeric[i], true)),
      ...view.rows.map((row) => row.map((text, i) => cellParagraph(text, view.numeric[i], false))),
    ],
  });
}

/**
 * The participation chart as a borderless table: the bar is a run of shaded grid columns, so
 * it prints sharp at any zoom, needs no image and Word users can still read the numbers.
 */
export function barChart(bars: Bar[]): string {
  const steps = 40;
  const label = Math.round(CONTENT_WIDTH * 0.38);
  const count = 600;
  const step = Math.floor((CONTENT_WIDTH - label - count) / steps);
  const widths = [label, ...Array.from({ length: steps }, () => step), count];
  const cell = (span: number, content: string, fill?: string): string =>
    element('w:tc', {}, [
      element('w:tcPr', {}, [
        span > 1 ? element('w:gridSpan', { 'w:val': span }) : '',
        fill ? element('w:shd', { 'w:val': 'clear', 'w:color': 'auto', 'w:fill': fill }) : '',
      ]),
      content || paragraph('', { style: STYLE.tableText }),
    ]);
  const rows = bars.map((bar) => {
    const filled = Math.max(bar.count > 0 ? 1 : 0, Math.round(bar.length * steps));
    const cells = [cell(1, paragraph(run(bar.label), { style: STYLE.tableText }))];
    if (filled > 0) cells.push(cell(filled, '', COLOUR.accent));
    cells.push(
      cell(
        steps - filled + 1,
        paragraph(run(bar.value, { bold: true }), { style: STYLE.tableText }),
      ),
    );
    return element('w:tr', {}, [element('w:trPr', {}, element('w:cantSplit')), ...cells]);
  });
  const none = ['w:top', 'w:left', 'w:bottom', 'w:right', 'w:insideH', 'w:insideV'].map((edge) =>
    element(edge, { 'w:val': 'nil' }),
  );
  return element('w:tbl', {}, [
    element('w:tblPr', {}, [
      element('w:tblW', { 'w:w': widths.reduce((a, b) => a + b, 0), 'w:type': 'dxa' }),
      element('w:tblBorders', {}, none),
      element('w:tblLayout', { 'w:type': 'fixed' }),
      element('w:tblCellMar', {}, [
        element('w:top', { 'w:w': 40, 'w:type': 'dxa' }),
        element('w:bottom', { 'w:w': 40, 'w:type': 'dxa' }),
      ]),
    ]),
    element(
      'w:tblGrid',
      {},
      widths.map((w) => element('w:gridCol', { 'w:w': w })),
    ),
    ...rows,
  ]);
}
