/**
 * A small WordprocessingML writer: run and paragraph properties, runs, paragraphs, tables,
 * fields, revision marks and section properties, as XML text. Elements are written in the order
 * the schema (ECMA-376 transitional) gives, which Word enforces. Nothing here knows about
 * outcome documents or drafts: both are written with it.
 */
import { element, xmlText, type Attributes } from './xml';

const on = (name: string, value: boolean | undefined): string => (value ? element(name) : '');

export interface Language3 {
  val?: string;
  eastAsia?: string;
  bidi?: string;
}

export interface RunProps {
  /** A character style id. */
  style?: string;
  font?: string;
  bold?: boolean;
  italic?: boolean;
  caps?: boolean;
  smallCaps?: boolean;
  strike?: boolean;
  /** Hex RGB, no '#'. */
  colour?: string;
  /** Character spacing, in twentieths of a point. */
  spacing?: number;
  /** In half-points. */
  size?: number;
  highlight?: string;
  underline?: 'single' | 'double';
  /** Background fill, hex RGB. */
  shading?: string;
  /** Right-to-left run (Arabic, Hebrew). */
  rtl?: boolean;
  lang?: Language3;
}

export function runProperties(props: RunProps = {}, markRevision = ''): string {
  const parts = [
    markRevision,
    props.style ? element('w:rStyle', { 'w:val': props.style }) : '',
    props.font
      ? element('w:rFonts', {
          'w:ascii': props.font,
          'w:hAnsi': props.font,
          'w:cs': props.font,
          'w:eastAsia': props.font,
        })
      : '',
    on('w:b', props.bold),
    on('w:bCs', props.bold),
    on('w:i', props.italic),
    on('w:iCs', props.italic),
    on('w:caps', props.caps),
    on('w:smallCaps', props.smallCaps),
    on('w:strike', props.strike),
    props.colour ? element('w:color', { 'w:val': props.colour }) : '',
    props.spacing ? element('w:spacing', { 'w:val': props.spacing }) : '',
    props.size ? element('w:sz', { 'w:val': props.size }) : '',
    props.size ? element('w:szCs', { 'w:val': props.size }) : '',
    props.highlight ? element('w:highlight', { 'w:val': props.highlight }) : '',
    props.underline ? element('w:u', { 'w:val': props.underline }) : '',
    props.shading
      ? element('w:shd', { 'w:val': 'clear', 'w:color': 'auto', 'w:fill': props.shading })
      : '',
    on('w:rtl', props.rtl),
    props.lang
      ? element('w:lang', {
          'w:val': props.lang.val,
          'w:eastAsia': props.lang.eastAsia,
          'w:bidi': props.lang.bidi,
        })
      : '',
  ].join('');
  return parts === '' ? '' : element('w:rPr', {}, parts);
}

/**
 * A run of text. Line feeds become line breaks and tabs tabs; with `deleted` the text is
 * written as `w:delText`, which is what a run inside `w:del` must hold.
 */
export function run(
  text: string,
  props: RunProps = {},
  options: { deleted?: boolean } = {},
): string {
  if (text === '') return '';
  const tag = options.deleted ? 'w:delText' : 'w:t';
  const content = text
    .split(/(\n|\t)/)
    .map((part) => {
      if (part === '\n') return '<w:br/>';
      if (part === '\t') return '<w:tab/>';
      if (part === '') return '';
      return `<${tag} xml:space="preserve">${xmlText(part)}</${tag}>`;
    })
    .join('');
  return element('w:r', {}, runProperties(props) + content);
}

export interface Border {
  /** In eighths of a point. */
  size: number;
  colour: string;
  /** Distance from the text, in points. */
  space?: number;
}

export interface ParagraphProps {
  style?: string;
  keepNext?: boolean;
  keepLines?: boolean;
  pageBreakBefore?: boolean;
  /** Leaves the paragraph out of Word's line numbering. */
  suppressLineNumbers?: boolean;
  borders?: { top?: Border; bottom?: Border };
  shading?: string;
  tabs?: Array<{ val: 'left' | 'right' | 'center'; pos: number }>;
  /** A right-to-left paragraph. */
  bidi?: boolean;
  /** In twentieths of a point; `line` in 240ths of a line when `lineRule` is auto. */
  spacing?: {
    before?: number;
    after?: number;
    line?: number;
    lineRule?: 'auto' | 'exact' | 'atLeast';
  };
  /** In twentieths of a point. */
  indent?: { left?: number; right?: number; hanging?: number; firstLine?: number };
  align?: 'left' | 'right' | 'center' | 'both';
  /** 0 for a level-1 heading: the navigation pane and a table of contents read it. */
  outlineLevel?: number;
  /** The paragraph mark's run properties. */
  mark?: RunProps;
  /** A revision mark on the paragraph mark itself (`Revisions.mark`): the paragraph is inserted, deleted or moved. */
  markRevision?: string;
}

function border(name: string, b: Border | undefined): string {
  return b
    ? element(name, {
        'w:val': 'single',
        'w:sz': b.size,
        'w:space': b.space ?? 1,
        'w:color': b.colour,
      })
    : '';
}

export function paragraphProperties(props: ParagraphProps = {}): string {
  const spacing = props.spacing;
  const indent = props.indent;
  const parts = [
    props.style ? element('w:pStyle', { 'w:val': props.style }) : '',
    on('w:keepNext', props.keepNext),
    on('w:keepLines', props.keepLines),
    on('w:pageBreakBefore', props.pageBreakBefore),
    on('w:suppressLineNumbers', props.suppressLineNumbers),
    props.borders
      ? element(
          'w:pBdr',
          {},
          border('w:top', props.borders.top) + border('w:bottom', props.borders.bottom),
        )
      : '',
    props.shading
      ? element('w:shd', { 'w:val': 'clear', 'w:color': 'auto', 'w:fill': props.shading })
      : '',
    props.tabs
      ? element(
          'w:tabs',
          {},
          props.tabs.map((tab) => element('w:tab', { 'w:val': tab.val, 'w:pos': tab.pos })),
        )
      : '',
    on('w:bidi', props.bidi),
    spacing
      ? element('w:spacing', {
          'w:before': spacing.before,
          'w:after': spacing.after,
          'w:line': spacing.line,
          'w:lineRule': spacing.line === undefined ? undefined : (spacing.lineRule ?? 'auto'),
        })
      : '',
    indent
      ? element('w:ind', {
          'w:left': indent.left,
          'w:right': indent.right,
          'w:hanging': indent.hanging,
          'w:firstLine': indent.firstLine,
        })
      : '',
    props.align ? element('w:jc', { 'w:val': props.align }) : '',
    props.outlineLevel === undefined
      ? ''
      : element('w:outlineLvl', { 'w:val': props.outlineLevel }),
    props.mark || props.markRevision ? runProperties(props.mark, props.markRevision) : '',
  ].join('');
  return parts === '' ? '' : element('w:pPr', {}, parts);
}

export function paragraph(content: string, props: ParagraphProps = {}): string {
  return element('w:p', {}, paragraphProperties(props) + content);
}

/** A field Word computes when it lays the page out (PAGE, NUMPAGES), with the text shown until then. */
export function simpleField(
  instruction: string,
  placeholder: string,
  props: RunProps = {},
): string {
  return element('w:fldSimple', { 'w:instr': ` ${instruction} ` }, run(placeholder, props));
}

export type RevisionKind = 'ins' | 'del' | 'moveFrom' | 'moveTo';

/**
 * Word's review features: tracked changes, as the Review pane lists them, and comments. Every
 * mark carries the author, the date and an id unique in the document (one counter for marks,
 * move ranges and comments alike).
 */
export class Revisions {
  private nextId = 1;
  private moves = 0;
  private readonly commentParts: string[] = [];

  constructor(
    readonly author: string,
    /** `YYYY-MM-DDTHH:MM:SSZ` */
    readonly date: string,
  ) {}

  private attributes(): Attributes {
    return { 'w:id': this.nextId++, 'w:author': this.author, 'w:date': this.date };
  }

  /** Runs inside a revision; runs inside `del` and `moveFrom` must be written `deleted`. */
  wrap(kind: RevisionKind, runs: string): string {
    return runs === '' ? '' : element(`w:${kind}`, this.attributes(), runs);
  }

  /** The revision of a paragraph mark, for `ParagraphProps.markRevision`. */
  mark(kind: RevisionKind): string {
    return element(`w:${kind}`, this.attributes());
  }

  /**
   * A comment in the margin, which Word's "Accept all" and "Reject all" leave out of the text:
   * put `start` before the commented content, `end` and `reference` after it.
   */
  comment(text: string, props: RunProps = {}): { start: string; end: string; reference: string } {
    const id = this.nextId++;
    const initials = this.author
      .split(/\s+/)
      .map((word) => Array.from(word)[0] ?? '')
      .join('')
      .slice(0, 8);
    this.commentParts.push(
      element(
        'w:comment',
        { 'w:id': id, 'w:author': this.author, 'w:date': this.date, 'w:initials': initials },
        paragraph(run(text, props)),
      ),
    );
    return {
      start: element('w:commentRangeStart', { 'w:id': id }),
      end: element('w:commentRangeEnd', { 'w:id': id }),
      reference: element('w:r', {}, [
        runProperties({ style: 'CommentReference' }),
        element('w:commentReference', { 'w:id': id }),
      ]),
    };
  }

  /** The comments written so far, for `DocxParts.comments`. */
  comments(): string[] {
    return [...this.commentParts];
  }

  /**
   * A move's two ranges share a name: Word pairs the moved-from text with the moved-to text
   * through it. Put `start` in the first paragraph of the range and `end` in the last.
   */
  moveRange(): { name: string; from: RangeMarks; to: RangeMarks } {
    const name = `move${++this.moves}`;
    const range = (kind: 'moveFrom' | 'moveTo'): RangeMarks => {
      const id = this.nextId++;
      return {
        start: element(`w:${kind}RangeStart`, {
          'w:id': id,
          'w:author': this.author,
          'w:date': this.date,
          'w:name': name,
        }),
        end: element(`w:${kind}RangeEnd`, { 'w:id': id }),
      };
    };
    return { name, from: range('moveFrom'), to: range('moveTo') };
  }
}

export interface RangeMarks {
  start: string;
  end: string;
}

export interface TableOptions {
  /** Column widths in twentieths of a point. */
  widths: number[];
  /** Cells' XML (paragraphs), row by row; the first row is the header when `header` is set. */
  rows: string[][];
  header?: boolean;
  borderColour: string;
  headerFill?: string;
  /** Cell padding left and right, in twentieths of a point. */
  padding?: number;
}

export function table(options: TableOptions): string {
  const total = options.widths.reduce((a, b) => a + b, 0);
  const edge = (name: string) =>
    element(name, { 'w:val': 'single', 'w:sz': 4, 'w:space': 0, 'w:color': options.borderColour });
  const padding = options.padding ?? 85;
  const tblPr = element('w:tblPr', {}, [
    element('w:tblW', { 'w:w': total, 'w:type': 'dxa' }),
    element(
      'w:tblBorders',
      {},
      ['w:top', 'w:left', 'w:bottom', 'w:right', 'w:insideH', 'w:insideV'].map(edge),
    ),
    element('w:tblLayout', { 'w:type': 'fixed' }),
    element('w:tblCellMar', {}, [
      element('w:left', { 'w:w': padding, 'w:type': 'dxa' }),
      element('w:right', { 'w:w': padding, 'w:type': 'dxa' }),
    ]),
    element('w:tblLook', {
      'w:val': '04A0',
      'w:firstRow': 1,
      'w:lastRow': 0,
      'w:firstColumn': 0,
      'w:lastColumn': 0,
      'w:noHBand': 1,
      'w:noVBand': 1,
    }),
  ]);
  const grid = element(
    'w:tblGrid',
    {},
    options.widths.map((w) => element('w:gridCol', { 'w:w': w })),
  );
  const rows = options.rows.map((cells, index) => {
    const isHeader = options.header === true && index === 0;
    const trPr = element('w:trPr', {}, [
      element('w:cantSplit'),
      isHeader ? element('w:tblHeader') : '',
    ]);
    const tcs = cells.map((content, column) =>
      element('w:tc', {}, [
        element('w:tcPr', {}, [
          element('w:tcW', { 'w:w': options.widths[column], 'w:type': 'dxa' }),
          isHeader && options.headerFill
            ? element('w:shd', {
                'w:val': 'clear',
                'w:color': 'auto',
                'w:fill': options.headerFill,
              })
            : '',
        ]),
        // A cell must end with a paragraph, even an empty one.
        content === '' ? paragraph('') : content,
      ]),
    );
    return element('w:tr', {}, [trPr, ...tcs]);
  });
  return element('w:tbl', {}, [tblPr, grid, ...rows]);
}

export interface SectionProps {
  /** In twentieths of a point. */
  page: { width: number; height: number };
  margins: {
    top: number;
    right: number;
    bottom: number;
    left: number;
    header: number;
    footer: number;
  };
  headers?: Array<{ type: 'default' | 'first'; rId: string }>;
  footers?: Array<{ type: 'default' | 'first'; rId: string }>;
  /**
   * Word's own line numbering. `continuous` numbers the lines of the whole document, `newPage`
   * starts again on every page; `distance` from the text in twentieths of a point.
   */
  lineNumbers?: {
    countBy: number;
    restart: 'continuous' | 'newPage' | 'newSection';
    distance: number;
  };
  titlePage?: boolean;
  bidi?: boolean;
}

export function sectionProperties(props: SectionProps): string {
  const m = props.margins;
  return element('w:sectPr', {}, [
    ...(props.headers ?? []).map((h) =>
      element('w:headerReference', { 'w:type': h.type, 'r:id': h.rId }),
    ),
    ...(props.footers ?? []).map((f) =>
      element('w:footerReference', { 'w:type': f.type, 'r:id': f.rId }),
    ),
    element('w:pgSz', { 'w:w': props.page.width, 'w:h': props.page.height }),
    element('w:pgMar', {
      'w:top': m.top,
      'w:right': m.right,
      'w:bottom': m.bottom,
      'w:left': m.left,
      'w:header': m.header,
      'w:footer': m.footer,
      'w:gutter': 0,
    }),
    props.lineNumbers
      ? element('w:lnNumType', {
          'w:countBy': props.lineNumbers.countBy,
          'w:distance': props.lineNumbers.distance,
          'w:restart': props.lineNumbers.restart,
        })
      : '',
    element('w:cols', { 'w:space': 708 }),
    on('w:titlePg', props.titlePage),
    on('w:bidi', props.bidi),
  ]);
}
