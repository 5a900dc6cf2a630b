/**
 * DOCX, the format a secretariat edits and sends on: Word heading styles, a table of contents
 * field, running heads, "Page x of y" footers, tables for the tallies and the per-constituency
 * support, and the participation chart as shaded table cells.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  TableOfContents,
  TextRun,
  type FileChild,
} from 'docx';
import type { OutcomeDocument } from '../outcome-document';
import {
  barChart,
  dataTable,
  factsTable,
  heading,
  linkParagraph,
  markParagraph,
  paragraph,
  type MarkKind,
  styled,
} from './docx/blocks';
import { makeReproducible } from './docx/reproducible';
import { COLOUR, FONT_MONO, PAGE, STYLE, documentStyles } from './docx/styles';
import { buildView, type DocumentView, type RecommendationView } from './view';

/** In the chapters: the text, then one line of tallies and marks; the tables are in annex E. */
function recommendation(rec: RecommendationView, view: DocumentView): FileChild[] {
  const out: FileChild[] = [heading(rec.heading, 2, { anchor: rec.anchor })];
  out.push(...rec.paragraphs.map((lines) => paragraph(lines)));
  out.push(markParagraph(markList(rec), { text: rec.line, anchor: rec.detailsAnchor }));
  if (rec.decision.overridden || rec.decision.note) out.push(...decision(rec, view));
  return out;
}

function details(rec: RecommendationView, view: DocumentView): FileChild[] {
  const out: FileChild[] = [heading(rec.heading, 3, { anchor: rec.detailsAnchor })];
  out.push(factsTable(rec.facts));
  if (rec.support.rows.length > 0) {
    out.push(
      styled(view.t.supportTable.caption, STYLE.small, {
        keepNext: true,
        spacing: { before: 160 },
      }),
      dataTable(rec.support),
    );
  }
  out.push(styled(rec.support.note ?? '', STYLE.note));
  return out;
}

function markList(rec: RecommendationView): Array<{ kind: MarkKind; label: string }> {
  const marks: Array<{ kind: MarkKind; label: string }> = rec.mark ? [rec.mark] : [];
  if (rec.overrideMark) marks.push({ kind: 'override', label: rec.overrideMark });
  return marks;
}

/** How the disposition was reached, in the text itself when a person decided against the vote or left a note. */
function decision(rec: RecommendationView, view: DocumentView): FileChild[] {
  const out = [
    new Paragraph({
      keepNext: true,
      children: [
        new TextRun({ text: `${rec.decision.label}${view.t.colon} `, bold: true }),
        new TextRun({ text: rec.decision.text, bold: rec.decision.overridden }),
      ],
    }),
  ];
  if (rec.decision.note) {
    out.push(
      new Paragraph({
        keepNext: true,
        children: [
          new TextRun({ text: `${rec.decision.noteLabel}${view.t.colon} `, bold: true }),
          new TextRun({ text: rec.decision.note, italics: true }),
        ],
      }),
    );
  }
  return out;
}

function titlePage(view: DocumentView): FileChild[] {
  const centred = { alignment: AlignmentType.CENTER };
  return [
    new Paragraph({ spacing: { before: 2400 }, children: [] }),
    styled(view.t.documentKind, STYLE.titleKind, centred),
    new Paragraph({ style: 'Title', ...centred, children: [new TextRun(view.title)] }),
    new Paragraph({
      ...centred,
      spacing: { after: 360 },
      children: [new TextRun({ text: `${view.placeLine} · ${view.datesLine}`, size: 28 })],
    }),
    new Paragraph({
      ...centred,
      spacing: { after: 600 },
      children: [
        new TextRun({
          text: view.versionLine,
          bold: true,
          size: 24,
          color: view.isDraft ? COLOUR.draft : COLOUR.accent,
        }),
      ],
    }),
    factsTable(view.titleFacts, 0.28),
    new Paragraph({
      style: STYLE.small,
      spacing: { before: 240 },
      children: [
        new TextRun(`${view.t.titleBlock.sha256}${view.t.colon} `),
        new TextRun({ text: view.sha256, font: FONT_MONO }),
      ],
    }),
  ];
}

function body(view: DocumentView): FileChild[] {
  const { t } = view;
  const out: FileChild[] = [
    new Paragraph({
      pageBreakBefore: true,
      style: 'Title',
      children: [new TextRun({ text: t.contents, size: 36 })],
    }),
    new TableOfContents(t.contents, { hyperlink: true, headingStyleRange: '1-1' }),
    heading(t.introduction, 1, { pageBreakBefore: true }),
    ...view.introduction.map((lines) => paragraph(lines)),
  ];
  for (const chapter of view.chapters) {
    out.push(
      heading(chapter.heading, 1, { pageBreakBefore: true }),
      styled(chapter.themeLine, STYLE.note),
    );
    for (const rec of chapter.recommendations) out.push(...recommendation(rec, view));
    if (chapter.crossReferences.length > 0) {
      out.push(heading(t.alsoUnderThisTheme, 3));
      out.push(...chapter.crossReferences.map((ref) => linkParagraph(ref.text, ref.anchor)));
    }
  }
  if (view.crossReferences) {
    const { heading: title, intro, themes } = view.crossReferences;
    out.push(heading(title, 1, { pageBreakBefore: true }), paragraph([intro]));
    for (const theme of themes) {
      out.push(heading(theme.line, 3));
      out.push(...theme.refs.map((ref) => linkParagraph(ref.text, ref.anchor)));
    }
  }
  if (view.summaries.length > 0) {
    out.push(heading(t.summaries, 1, { pageBreakBefore: true }));
    for (const summary of view.summaries) {
      out.push(heading(summary.heading, 2), styled(summary.kind, STYLE.note));
      out.push(...summary.paragraphs.map((lines) => paragraph(lines)));
    }
  }
  const { annexA, annexB, annexC, annexD, annexE } = view;
  out.push(heading(annexA.heading, 1, { pageBreakBefore: true }));
  if (annexA.intro) out.push(paragraph([annexA.intro]));
  for (const rec of annexA.recommendations) out.push(...recommendation(rec, view));
  out.push(heading(annexB.heading, 1, { pageBreakBefore: true }));
  if (annexB.table.note) out.push(styled(annexB.table.note, STYLE.note));
  if (annexB.table.rows.length > 0) out.push(dataTable(annexB.table));
  out.push(
    heading(annexC.heading, 1, { pageBreakBefore: true }),
    paragraph([annexC.total]),
    heading(annexC.byConstituency, 2),
    barChart(annexC.bars),
    styled(annexC.chart, STYLE.note),
    dataTable(annexC.constituencies, 0.8),
    heading(annexC.byCountry, 2),
    dataTable(annexC.countries, 0.6),
    heading(annexD.heading, 1, { pageBreakBefore: true }),
  );
  for (const section of annexD.sections) {
    out.push(heading(section.heading, 2), ...section.paragraphs.map((p) => paragraph([p])));
  }
  out.push(heading(annexE.heading, 1, { pageBreakBefore: true }), paragraph([annexE.intro]));
  for (const rec of annexE.recommendations) out.push(...details(rec, view));
  return out;
}

function header(view: DocumentView): Header {
  const runs = [new TextRun({ text: view.runningHead, size: 16, color: COLOUR.muted })];
  if (view.isDraft) {
    const mark = `   ${view.statusLabel.toUpperCase()}`;
    runs.push(new TextRun({ text: mark, size: 16, bold: true, color: COLOUR.draft }));
  }
  return new Header({
    children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: runs })],
  });
}

function footer(view: DocumentView): Footer {
  const [before, middle, after] = view.t.pageOf;
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            size: 17,
            color: COLOUR.muted,
            children: [before, PageNumber.CURRENT, middle, PageNumber.TOTAL_PAGES, after],
          }),
        ],
      }),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: view.versionLine, size: 15, color: COLOUR.muted })],
      }),
    ],
  });
}

export async function renderDocx(doc: OutcomeDocument): Promise<Buffer> {
  const view = buildView(doc);
  const empty = new Header({ children: [new Paragraph({ children: [] })] });
  const document = new Document({
    title: view.title,
    subject: view.t.documentKind,
    creator: 'Agora',
    lastModifiedBy: 'Agora',
    revision: doc.meta.version,
    styles: documentStyles(view.t.languageTag),
    // Word fills in the table of contents' page numbers when it opens the file. docx/layout's
    // estimatePageNumbers could write them, but took 3 to 6 s per render here (0.5 s without).
    features: { updateFields: true },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.marginTop,
              bottom: PAGE.marginBottom,
              left: PAGE.marginSides,
              right: PAGE.marginSides,
              header: 709,
              footer: 567,
            },
          },
        },
        headers: { default: header(view), first: empty },
        footers: {
          default: footer(view),
          first: new Footer({ children: [new Paragraph({ children: [] })] }),
        },
        children: [...titlePage(view), ...body(view)],
      },
    ],
  });
  return makeReproducible(await Packer.toBuffer(document), doc.meta.issuedOn);
}
