/**
 * PDF (A4), for reading and printing as it is: title page, contents with page numbers,
 * bookmarks, running heads, "x / y" page numbers and the participation chart in vector
 * graphics. Pages are buffered so that the contents and the page count can be written last.
 */
import PDFDocument from 'pdfkit';
import { directionOf } from '../../common/i18n/languages';
import type { OutcomeDocument } from '../outcome-document';
import { FONT, fontFiles } from './pdf/fonts';
import { installScripts, orderLigaturesForExtraction } from './pdf/scripts';
import { COLOUR, PdfWriter } from './pdf/writer';
import { buildView, type DocumentView, type DocumentRecommendation } from './view';

interface ContentsEntry {
  text: string;
  page: number;
}

const CONTENTS_PER_PAGE = 30;

function titlePage(w: PdfWriter, view: DocumentView): void {
  const { doc } = w;
  doc.y = 190;
  doc
    .font(FONT.regular)
    .fontSize(11)
    .fillColor(COLOUR.muted)
    .text(view.t.documentKind.toUpperCase(), w.left, doc.y, {
      width: w.width,
      align: 'center',
      characterSpacing: 2,
    });
  doc.y += 14;
  w.paragraph([view.title], { size: 24, font: FONT.bold, colour: COLOUR.accent, align: 'center' });
  w.paragraph([`${view.placeLine} · ${view.datesLine}`], { size: 13, align: 'center' });
  const colour = view.isDraft ? COLOUR.draft : COLOUR.accent;
  w.paragraph([view.versionLine], { size: 11, font: FONT.bold, colour, align: 'center' });
  doc.y += 30;
  w.facts(view.titleFacts, 0.28);
  w.paragraph([`${view.t.titleBlock.sha256}${view.t.colon}`], {
    size: 7.5,
    colour: COLOUR.muted,
    align: 'left',
  });
  doc.y -= 6;
  w.paragraph([view.sha256], { size: 7.5, font: FONT.mono, colour: COLOUR.muted, align: 'left' });
  if (view.contentSha256) {
    w.paragraph([`${view.t.titleBlock.contentSha256}${view.t.colon}`], {
      size: 7.5,
      colour: COLOUR.muted,
      align: 'left',
    });
    doc.y -= 6;
    w.paragraph([view.contentSha256], {
      size: 7.5,
      font: FONT.mono,
      colour: COLOUR.muted,
      align: 'left',
    });
  }
  if (view.languageVersions)
    w.paragraph([view.languageVersions], { size: 7.5, colour: COLOUR.muted });
}

type Mark = { kind: 'broad' | 'contested' | 'override'; label: string };

function marksOf(rec: DocumentRecommendation): Mark[] {
  const marks: Mark[] = rec.mark ? [rec.mark] : [];
  if (rec.overrideMark) marks.push({ kind: 'override', label: rec.overrideMark });
  return marks;
}

/** In the chapters: the text, then one line of tallies and marks; the tables are in annex E. */
function recommendation(w: PdfWriter, rec: DocumentRecommendation, view: DocumentView): void {
  w.heading(rec.heading, 2);
  for (const lines of rec.paragraphs) w.paragraph(lines);
  w.tallyLine(marksOf(rec), rec.line);
  if (rec.decision.overridden || rec.decision.note) {
    const { t } = view;
    w.labelled(`${rec.decision.label}${t.colon}`, rec.decision.text, {
      bold: rec.decision.overridden,
    });
    if (rec.decision.note)
      w.labelled(`${rec.decision.noteLabel}${t.colon}`, rec.decision.note, { italic: true });
  }
  w.doc.y += 4;
}

function details(w: PdfWriter, rec: DocumentRecommendation, view: DocumentView): void {
  w.heading(rec.heading, 3);
  w.facts(rec.facts);
  if (rec.support.rows.length > 0) {
    w.table(rec.support, { caption: view.t.supportTable.caption });
  }
  if (rec.support.note) w.note(rec.support.note);
  w.doc.y += 4;
}

function body(w: PdfWriter, view: DocumentView): ContentsEntry[] {
  const { t } = view;
  const contents: ContentsEntry[] = [];
  const part = (text: string): void => {
    w.newPage();
    contents.push({ text, page: w.page });
    w.doc.outline.addItem(text);
    w.heading(text, 1);
  };
  part(t.introduction);
  for (const lines of view.introduction) w.paragraph(lines);
  for (const chapter of view.chapters) {
    part(chapter.heading);
    w.paragraph([chapter.themeLine], { font: FONT.italic, colour: COLOUR.muted, align: 'left' });
    for (const rec of chapter.recommendations) recommendation(w, rec, view);
    if (chapter.crossReferences.length > 0) {
      w.heading(t.alsoUnderThisTheme, 3);
      for (const ref of chapter.crossReferences) w.paragraph([`→ ${ref.text}`], { align: 'left' });
    }
  }
  if (view.crossReferences) {
    part(view.crossReferences.heading);
    w.paragraph([view.crossReferences.intro], { align: 'left' });
    for (const theme of view.crossReferences.themes) {
      w.heading(theme.line, 3);
      for (const ref of theme.refs) w.paragraph([`→ ${ref.text}`], { align: 'left' });
    }
  }
  if (view.summaries.length > 0) {
    part(t.summaries);
    for (const summary of view.summaries) {
      w.heading(summary.heading, 2);
      w.paragraph([summary.kind], { font: FONT.italic, colour: COLOUR.muted, align: 'left' });
      for (const lines of summary.paragraphs) w.paragraph(lines);
    }
  }
  const { annexA, annexB, annexC, annexD, annexE } = view;
  part(annexA.heading);
  if (annexA.intro) w.paragraph([annexA.intro]);
  for (const rec of annexA.recommendations) recommendation(w, rec, view);
  part(annexB.heading);
  if (annexB.table.note) w.note(annexB.table.note);
  if (annexB.table.rows.length > 0) w.table(annexB.table);
  part(annexC.heading);
  w.paragraph([annexC.total]);
  w.heading(annexC.byConstituency, 2);
  w.barChart(annexC.bars);
  w.table(annexC.constituencies, { share: 0.8 });
  w.heading(annexC.byCountry, 2);
  w.table(annexC.countries, { share: 0.6 });
  part(annexD.heading);
  for (const section of annexD.sections) {
    w.heading(section.heading, 2);
    for (const text of section.paragraphs) w.paragraph([text]);
  }
  part(annexE.heading);
  w.paragraph([annexE.intro], { align: 'left' });
  for (const rec of annexE.recommendations) details(w, rec, view);
  return contents;
}

function writeContents(w: PdfWriter, view: DocumentView, first: number, entries: ContentsEntry[]) {
  const { doc } = w;
  entries.forEach((entry, index) => {
    if (index % CONTENTS_PER_PAGE === 0) {
      doc.switchToPage(first + index / CONTENTS_PER_PAGE);
      doc.y = doc.page.margins.top;
      if (index === 0) w.heading(view.t.contents, 1);
    }
    const number = String(entry.page + 1);
    const y = doc.y;
    doc.font(FONT.regular).fontSize(10.5).fillColor(COLOUR.ink);
    const room = w.width - 40;
    const text = entry.text;
    // One line per entry: a longer title is cut with an ellipsis rather than wrapped.
    doc.text(text, w.left, y, { width: room, height: 12, ellipsis: true });
    const end = w.left + Math.min(room, doc.widthOfString(text)) + 4;
    const start = w.left + w.width - doc.widthOfString(number) - 4;
    if (start > end) {
      doc
        .save()
        .moveTo(end, y + 9)
        .lineTo(start, y + 9)
        .dash(0.5, { space: 2.5 });
      doc.lineWidth(0.6).stroke(COLOUR.muted).restore();
    }
    doc.text(number, w.left, y, { width: w.width, align: 'right', lineBreak: false });
    doc.y = y + 20;
  });
}

/** Running head, draft mark and "x / y" on every page but the title page. */
function writeFurniture(w: PdfWriter, view: DocumentView): void {
  const { doc } = w;
  const { count } = doc.bufferedPageRange();
  for (let page = 1; page < count; page++) {
    doc.switchToPage(page);
    const margins = doc.page.margins;
    const bottom = margins.bottom;
    // Writing in the margins would make pdfkit start a new page: lift the limit meanwhile.
    margins.bottom = 0;
    doc.font(FONT.regular).fontSize(7.5).fillColor(COLOUR.muted);
    doc.text(view.runningHead, w.left, 30, { width: w.width - 70, height: 9, ellipsis: true });
    if (view.isDraft) {
      doc.font(FONT.bold).fillColor(COLOUR.draft);
      doc.text(view.statusLabel.toUpperCase(), w.left, 30, { width: w.width, align: 'right' });
    }
    doc
      .moveTo(w.left, 42)
      .lineTo(w.left + w.width, 42)
      .lineWidth(0.4)
      .stroke(COLOUR.rule);
    doc.font(FONT.regular).fontSize(8.5).fillColor(COLOUR.muted);
    doc.text(`${page + 1} / ${count}`, w.left, doc.page.height - 42, {
      width: w.width,
      align: 'center',
      lineBreak: false,
    });
    margins.bottom = bottom;
  }
}

export function renderPdf(outcome: OutcomeDocument): Promise<Buffer> {
  const view = buildView(outcome);
  // The issue date, never the clock: pdfkit derives the file ID from these dates too.
  const issued = new Date(`${outcome.meta.issuedOn}T00:00:00Z`);
  const stamp = Number.isNaN(issued.getTime()) ? new Date(0) : issued;
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 64, bottom: 70, left: 62, right: 62 },
    bufferPages: true,
    lang: view.t.languageTag,
    displayTitle: true,
    info: {
      Title: view.title,
      Subject: view.t.documentKind,
      Author: 'Agora',
      Creator: 'Agora',
      Producer: 'Agora',
      CreationDate: stamp,
      ModDate: stamp,
    },
  });
  for (const [name, data] of fontFiles()) doc.registerFont(name, data);
  installScripts(doc, view.t.languageTag);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const w = new PdfWriter(doc, directionOf(view.t.languageTag) === 'rtl');
  titlePage(w, view);
  const contentsCount =
    1 +
    view.chapters.length +
    (view.crossReferences ? 1 : 0) +
    (view.summaries.length > 0 ? 1 : 0) +
    5;
  w.newPage();
  const contentsPage = w.page;
  for (let extra = CONTENTS_PER_PAGE; extra < contentsCount; extra += CONTENTS_PER_PAGE) {
    w.newPage();
  }
  const entries = body(w, view);
  writeContents(w, view, contentsPage, entries);
  writeFurniture(w, view);
  orderLigaturesForExtraction(doc);
  doc.end();
  return done;
}
