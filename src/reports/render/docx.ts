/**
 * DOCX, the format a secretariat edits and sends on, written as WordprocessingML text (no
 * object model: the document of 5,000 recommendations is a few hundred milliseconds of string
 * concatenation). Word heading styles that keep with the next paragraph, a table of contents
 * that is usable on opening (see `tableOfContents`), running heads, "Page x of y" footers,
 * left-aligned text, the support tables in annex E and the participation chart as shaded cells.
 * Zipped by `writeZip` with the issue date, so every render of a version is byte for byte the
 * same.
 */
import { packDocx, settingsPart, type HeaderFooterPart } from './docx/package';
import { paragraph, run, sectionProperties } from './docx/wordml';
import type { OutcomeDocument } from '../outcome-document';
import {
  Bookmarks,
  barChart,
  dataTable,
  factLines,
  field,
  heading,
  link,
  linkParagraph,
  markRuns,
  styled,
  tableOfContents,
  textParagraph,
  type MarkKind,
} from './docx/blocks';
import { COLOUR, FONT_MONO, PAGE, STYLE, documentStyles } from './docx/styles';
import { buildView, type DocumentView, type DocumentRecommendation } from './view';

function markList(rec: DocumentRecommendation): Array<{ kind: MarkKind; label: string }> {
  const marks: Array<{ kind: MarkKind; label: string }> = rec.mark ? [rec.mark] : [];
  if (rec.overrideMark) marks.push({ kind: 'override', label: rec.overrideMark });
  return marks;
}

class Writer {
  readonly out: string[] = [];
  readonly bookmarks = new Bookmarks();
  /** The level-1 headings, for the table of contents. */
  readonly parts: Array<{ text: string; anchor: string }> = [];

  constructor(readonly view: DocumentView) {}

  part(text: string, anchor: string): void {
    this.parts.push({ text, anchor });
    this.out.push(heading(text, 1, { pageBreakBefore: true, anchor, bookmarks: this.bookmarks }));
  }

  /** In the chapters: the text, then one line of marks and tallies; the tables are in annex E. */
  recommendation(rec: DocumentRecommendation): void {
    const { t } = this.view;
    this.out.push(heading(rec.heading, 2, { anchor: rec.anchor, bookmarks: this.bookmarks }));
    for (const lines of rec.paragraphs) this.out.push(textParagraph(lines));
    this.out.push(
      paragraph(markRuns(markList(rec)) + link(rec.line, rec.detailsAnchor, { style: undefined }), {
        style: STYLE.line,
        keepLines: true,
      }),
    );
    if (rec.decision.overridden || rec.decision.note) {
      this.out.push(
        paragraph(
          run(`${rec.decision.label}${t.colon} `, { bold: true }) +
            run(rec.decision.text, { bold: rec.decision.overridden }),
          { style: STYLE.body, keepNext: rec.decision.note !== null },
        ),
      );
      if (rec.decision.note) {
        this.out.push(
          paragraph(
            run(`${rec.decision.noteLabel}${t.colon} `, { bold: true }) +
              run(rec.decision.note, { italic: true }),
            { style: STYLE.body },
          ),
        );
      }
    }
  }

  details(rec: DocumentRecommendation): void {
    const { t } = this.view;
    this.out.push(
      heading(rec.heading, 3, { anchor: rec.detailsAnchor, bookmarks: this.bookmarks }),
    );
    this.out.push(factLines(rec.facts, t.colon));
    if (rec.support.rows.length > 0) {
      this.out.push(
        styled(t.supportTable.caption, STYLE.small, { keepNext: true, spacing: { before: 120 } }),
        dataTable(rec.support),
      );
    }
    // Also keeps two tables from touching, which Word would join into one.
    this.out.push(styled(rec.support.note ?? '', STYLE.note));
  }
}

function titlePage(view: DocumentView): string[] {
  const { t } = view;
  return [
    paragraph('', { spacing: { before: 2400 } }),
    styled(t.documentKind, STYLE.titleKind),
    styled(view.title, STYLE.title),
    paragraph(run(`${view.placeLine} · ${view.datesLine}`, { size: 28 }), {
      align: 'center',
      spacing: { after: 360 },
    }),
    paragraph(
      run(view.versionLine, {
        bold: true,
        size: 24,
        colour: view.isDraft ? COLOUR.draft : COLOUR.accent,
      }),
      { align: 'center', spacing: { after: 600 } },
    ),
    factLines(view.titleFacts, t.colon),
    paragraph(run(`${t.titleBlock.sha256}${t.colon} `) + run(view.sha256, { font: FONT_MONO }), {
      style: STYLE.small,
      spacing: { before: 240 },
    }),
    ...(view.contentSha256
      ? [
          paragraph(
            run(`${t.titleBlock.contentSha256}${t.colon} `) +
              run(view.contentSha256, { font: FONT_MONO }),
            { style: STYLE.small },
          ),
        ]
      : []),
    ...(view.languageVersions
      ? [paragraph(run(view.languageVersions), { style: STYLE.small })]
      : []),
  ];
}

function body(w: Writer): void {
  const { view, out } = w;
  const { t } = view;
  w.part(t.introduction, 'introduction');
  for (const lines of view.introduction) out.push(textParagraph(lines));
  for (const chapter of view.chapters) {
    w.part(chapter.heading, chapter.anchor);
    out.push(styled(chapter.themeLine, STYLE.note));
    for (const rec of chapter.recommendations) w.recommendation(rec);
    if (chapter.crossReferences.length > 0) {
      out.push(heading(t.alsoUnderThisTheme, 3));
      out.push(...chapter.crossReferences.map((ref) => linkParagraph(ref.text, ref.anchor)));
    }
  }
  if (view.crossReferences) {
    const { heading: title, intro, themes } = view.crossReferences;
    w.part(title, 'cross-references');
    out.push(textParagraph([intro]));
    for (const theme of themes) {
      out.push(heading(theme.line, 3));
      out.push(...theme.refs.map((ref) => linkParagraph(ref.text, ref.anchor)));
    }
  }
  if (view.summaries.length > 0) {
    w.part(t.summaries, 'summaries');
    for (const summary of view.summaries) {
      out.push(heading(summary.heading, 2), styled(summary.kind, STYLE.note));
      out.push(...summary.paragraphs.map((lines) => textParagraph(lines)));
    }
  }
  const { annexA, annexB, annexC, annexD, annexE } = view;
  w.part(annexA.heading, 'annex-a');
  if (annexA.intro) out.push(textParagraph([annexA.intro]));
  for (const rec of annexA.recommendations) w.recommendation(rec);
  w.part(annexB.heading, 'annex-b');
  if (annexB.table.note) out.push(styled(annexB.table.note, STYLE.note, { keepNext: true }));
  if (annexB.table.rows.length > 0) out.push(dataTable(annexB.table));
  w.part(annexC.heading, 'annex-c');
  out.push(
    textParagraph([annexC.total]),
    heading(annexC.byConstituency, 2),
    barChart(annexC.bars),
    styled(annexC.chart, STYLE.note),
    dataTable(annexC.constituencies, 0.8),
    heading(annexC.byCountry, 2),
    dataTable(annexC.countries, 0.6),
  );
  w.part(annexD.heading, 'annex-d');
  for (const section of annexD.sections) {
    out.push(heading(section.heading, 2), ...section.paragraphs.map((p) => textParagraph([p])));
  }
  w.part(annexE.heading, 'annex-e');
  out.push(textParagraph([annexE.intro]));
  for (const rec of annexE.recommendations) w.details(rec);
}

function headersAndFooters(view: DocumentView): HeaderFooterPart[] {
  const [before, middle, after] = view.t.pageOf;
  const head =
    run(view.runningHead) +
    (view.isDraft
      ? run(`   ${view.statusLabel.toUpperCase()}`, { bold: true, colour: COLOUR.draft })
      : '');
  const pages =
    run(before) + field('PAGE', '1') + run(middle) + field('NUMPAGES', '1') + run(after);
  const empty = paragraph('');
  return [
    { kind: 'header', rId: 'rIdHeaderFirst', content: empty },
    { kind: 'header', rId: 'rIdHeader', content: paragraph(head, { style: STYLE.header }) },
    { kind: 'footer', rId: 'rIdFooterFirst', content: empty },
    {
      kind: 'footer',
      rId: 'rIdFooter',
      content:
        paragraph(pages, { style: STYLE.footer }) +
        paragraph(run(view.versionLine, { size: 15 }), { style: STYLE.footer }),
    },
  ];
}

export function renderDocx(doc: OutcomeDocument): Buffer {
  const view = buildView(doc);
  const w = new Writer(view);
  body(w);
  const section = sectionProperties({
    page: { width: PAGE.width, height: PAGE.height },
    margins: {
      top: PAGE.marginTop,
      bottom: PAGE.marginBottom,
      left: PAGE.marginSides,
      right: PAGE.marginSides,
      header: PAGE.header,
      footer: PAGE.footer,
    },
    headers: [
      { type: 'first', rId: 'rIdHeaderFirst' },
      { type: 'default', rId: 'rIdHeader' },
    ],
    footers: [
      { type: 'first', rId: 'rIdFooterFirst' },
      { type: 'default', rId: 'rIdFooter' },
    ],
    titlePage: true,
  });
  const content = [
    ...titlePage(view),
    tableOfContents(view.t.contents, w.parts),
    ...w.out,
    section,
  ].join('');
  return packDocx({
    body: content,
    styles: documentStyles(view.t.languageTag),
    // No `updateFields`, so Word opens the file without asking to update its fields.
    settings: settingsPart({
      language: view.t.languageTag,
      decimalSymbol: view.t.number.decimal,
      listSeparator: view.t.number.decimal === ',' ? ';' : ',',
    }),
    headersAndFooters: headersAndFooters(view),
    core: {
      title: view.title,
      subject: view.t.documentKind,
      language: view.t.languageTag,
      date: doc.meta.issuedOn,
    },
  });
}
