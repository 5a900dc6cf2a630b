/**
 * What the clean export and the comparison share in Word: running head, "x / y" footer, page
 * set-up, the table of label/value facts, and the package around the body.
 */
import type { Fact, TableModel } from '../view';
import type { LanguageProfile } from '../script';
import {
  packDocx,
  settingsPart,
  type HeaderFooterPart,
} from '../../../reports/render/docx/package';
import { COLOUR, CONTENT_WIDTH, PAGE, STYLE, draftStyles } from './styles';
import {
  paragraph,
  run,
  sectionProperties,
  simpleField,
  table,
  type RunProps,
  type SectionProps,
} from '../../../reports/render/docx/wordml';

export function headerAndFooter(runningHead: string): HeaderFooterPart[] {
  return [
    {
      kind: 'header',
      rId: 'rIdHeader',
      content: paragraph(run(runningHead), { style: STYLE.header }),
    },
    {
      kind: 'footer',
      rId: 'rIdFooter',
      content: paragraph(simpleField('PAGE', '1') + run(' / ') + simpleField('NUMPAGES', '1'), {
        style: STYLE.footer,
      }),
    },
  ];
}

/** The last element of the body. Line numbers, when asked for, count continuously. */
export function finalSection(profile: LanguageProfile, lineNumbers: boolean): string {
  const props: SectionProps = {
    page: { width: PAGE.width, height: PAGE.height },
    margins: {
      top: PAGE.top,
      right: PAGE.right,
      bottom: PAGE.bottom,
      left: PAGE.left,
      header: PAGE.header,
      footer: PAGE.footer,
    },
    // The first page carries the front matter: no running head above it.
    headers: [{ type: 'default', rId: 'rIdHeader' }],
    footers: [
      { type: 'default', rId: 'rIdFooter' },
      { type: 'first', rId: 'rIdFooter' },
    ],
    titlePage: true,
    bidi: profile.direction === 'rtl',
  };
  if (lineNumbers) props.lineNumbers = { countBy: 1, restart: 'continuous', distance: 340 };
  return sectionProperties(props);
}

/** Label in bold, then the value, one paragraph per fact. */
export function facts(items: Fact[], colon: string, style: string = STYLE.annex): string {
  return items
    .map((fact) =>
      paragraph(run(`${fact.label}${colon} `, { bold: true }) + run(fact.value), { style }),
    )
    .join('');
}

export function dataTable(model: TableModel): string {
  const textShare = 0.46;
  const numericCount = model.numeric.filter(Boolean).length;
  const textCount = model.numeric.length - numericCount;
  const textWidth = Math.round((CONTENT_WIDTH * textShare) / Math.max(1, textCount));
  const numericWidth = Math.round((CONTENT_WIDTH * (1 - textShare)) / Math.max(1, numericCount));
  const cell = (text: string, numeric: boolean, header: boolean) =>
    paragraph(run(text, { bold: header }), {
      style: STYLE.tableText,
      align: numeric ? 'right' : 'left',
      keepNext: header,
    });
  return table({
    widths: model.numeric.map((numeric) => (numeric ? numericWidth : textWidth)),
    header: true,
    borderColour: COLOUR.rule,
    headerFill: COLOUR.headerFill,
    rows: [
      model.columns.map((column, i) => cell(column, model.numeric[i], true)),
      ...model.rows.map((row) => row.map((text, i) => cell(text, model.numeric[i], false))),
    ],
  });
}

export function fingerprint(label: string, value: string, colon: string): string {
  return paragraph(run(`${label}${colon} `) + run(value, { font: 'Courier New', size: 16 }), {
    style: STYLE.small,
  });
}

/** Runs in another language than the document's carry their own, for spell-checking and fonts. */
export function languageRun(
  own: LanguageProfile,
  printed: LanguageProfile,
  props: RunProps = {},
): RunProps {
  return printed.tag === own.tag
    ? props
    : { ...props, lang: printed.docxLang, rtl: printed.direction === 'rtl' };
}

export function pack(options: {
  body: string;
  profile: LanguageProfile;
  decimal: string;
  runningHead: string;
  title: string;
  subject: string;
  date: string;
  comments?: string[];
}): Buffer {
  return packDocx({
    body: options.body,
    styles: draftStyles(options.profile),
    settings: settingsPart({
      language: options.profile.tag,
      decimalSymbol: options.decimal,
      listSeparator: options.decimal === ',' ? ';' : ',',
    }),
    headersAndFooters: headerAndFooter(options.runningHead),
    comments: options.comments,
    core: {
      title: options.title,
      subject: options.subject,
      language: options.profile.tag,
      date: options.date,
    },
  });
}
