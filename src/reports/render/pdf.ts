/**
 * PDF (A4), for reading and printing as it is: title page, contents with page numbers,
 * bookmarks, running heads, "x / y" page numbers and the participation chart in vector
 * graphics. Pages are buffered so that the contents and the page count can be written last.
 *
 * Accessible (issue 17), aiming at PDF/UA-1: PDF 1.7, tagged (structure tree, pdf/tags.ts), the
 * document's language, its title shown by viewers and in the XMP metadata with the PDF/UA
 * identifier, a bookmark for each part, and links: the contents to the parts, the tallies to
 * their details in annex E, the cross-references to the recommendations they name.
 */
import PDFDocument from 'pdfkit';
import { directionOf } from '../../common/i18n/languages';
import type { OutcomeDocument } from '../outcome-document';
import { registerFonts } from '../../common/pdf/fonts';
import { DEJAVU_FACES, FONT } from './pdf/fonts';
import {
  bufferPageContent,
  cacheFontLayout,
  collectOutput,
  skipRepeatedColours,
} from './pdf/pdfkit-speed';
import { installScripts, orderLigaturesForExtraction } from './pdf/scripts';
import { COLOUR, PdfWriter, type LinkTarget } from './pdf/writer';
import { buildView, type DocumentView, type DocumentRecommendation } from './view';

interface ContentsEntry {
  text: string;
  page: number;
  /** The named destination at the part's heading. */
  destination: string;
}

const CONTENTS_PER_PAGE = 30;

function titlePage(w: PdfWriter, view: DocumentView): void {
  const { doc } = w;
  doc.y = 190;
  w.tags.leaf('P', () =>
    doc
      .font(FONT.regular)
      .fontSize(11)
      .fillColor(COLOUR.muted)
      .text(view.t.documentKind.toUpperCase(), w.left, doc.y, {
        width: w.width,
        align: 'center',
        characterSpacing: 2,
      }),
  );
  doc.y += 14;
  w.paragraph([view.title], {
    size: 24,
    font: FONT.bold,
    colour: COLOUR.accent,
    align: 'center',
    tag: 'H1',
  });
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
  w.heading(rec.heading, 2, { anchor: rec.anchor });
  for (const lines of rec.paragraphs) w.paragraph(lines);
  w.tallyLine(marksOf(rec), rec.line, {
    destination: rec.detailsAnchor,
    description: `${view.t.annexE.heading}: ${rec.detailsHeading}`,
  });
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
  w.heading(rec.heading, 3, { tag: 'H2', anchor: rec.detailsAnchor });
  w.facts(rec.facts);
  if (rec.support.rows.length > 0) {
    w.table(rec.support, { caption: view.t.supportTable.caption });
  }
  if (rec.support.note) w.note(rec.support.note);
  w.doc.y += 4;
}

/** The recommendations printed in the chapters and annex A: the targets cross-references link to. */
function printedAnchors(view: DocumentView): Set<string> {
  return new Set(
    [...view.chapters.flatMap((c) => c.recommendations), ...view.annexA.recommendations].map(
      (rec) => rec.anchor,
    ),
  );
}

function body(w: PdfWriter, view: DocumentView): ContentsEntry[] {
  const { t } = view;
  const contents: ContentsEntry[] = [];
  const printed = printedAnchors(view);
  const references = (refs: Array<{ text: string; anchor: string }>) =>
    w.list(
      refs.map((ref) => ({
        text: `→ ${ref.text}`,
        link: printed.has(ref.anchor) ? { destination: ref.anchor, description: ref.text } : null,
      })),
    );
  // Each part is a Sect of the structure tree, from its heading to the next part's.
  let section: PDFKit.PDFStructureElement | null = null;
  const part = (text: string): void => {
    if (section) w.tags.close(section);
    w.newPage();
    const destination = `part-${contents.length + 1}`;
    contents.push({ text, page: w.page, destination });
    w.doc.outline.addItem(text);
    section = w.tags.open('Sect');
    w.heading(text, 1, { anchor: destination });
  };
  part(t.introduction);
  for (const lines of view.introduction) w.paragraph(lines);
  for (const chapter of view.chapters) {
    part(chapter.heading);
    w.paragraph([chapter.themeLine], { font: FONT.italic, colour: COLOUR.muted, align: 'left' });
    for (const rec of chapter.recommendations) recommendation(w, rec, view);
    if (chapter.crossReferences.length > 0) {
      w.heading(t.alsoUnderThisTheme, 3, { tag: 'H2' });
      references(chapter.crossReferences);
    }
  }
  if (view.crossReferences) {
    part(view.crossReferences.heading);
    w.paragraph([view.crossReferences.intro], { align: 'left' });
    for (const theme of view.crossReferences.themes) {
      w.heading(theme.line, 3, { tag: 'H2' });
      references(theme.refs);
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
  w.barChart(annexC.bars, annexC.chart);
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
  if (section) w.tags.close(section);
  return contents;
}

/**
 * The contents, on the pages kept for them after the title page: a TOC whose entries link to the
 * parts (TOCI > Link, the text and its page number; the leader dots are an artifact).
 */
function writeContents(
  w: PdfWriter,
  view: DocumentView,
  first: number,
  entries: ContentsEntry[],
  place: PDFKit.PDFStructureElement,
) {
  const { doc } = w;
  w.tags.fillReserved(place, () => {
    let toc: PDFKit.PDFStructureElement | null = null;
    entries.forEach((entry, index) => {
      if (index % CONTENTS_PER_PAGE === 0) {
        doc.switchToPage(first + index / CONTENTS_PER_PAGE);
        doc.y = doc.page.margins.top;
        if (index === 0) {
          w.heading(view.t.contents, 1);
          toc = w.tags.open('TOC');
        }
      }
      const number = String(entry.page + 1);
      const y = doc.y;
      const room = w.width - 40;
      const text = entry.text;
      const link: LinkTarget = { destination: entry.destination, description: text };
      let end = 0;
      let start = 0;
      w.tags.group('TOCI', () => {
        w.tags.link(link.destination, link.description, () => {
          doc.font(FONT.regular).fontSize(10.5).fillColor(COLOUR.ink);
          // One line per entry: a longer title is cut with an ellipsis rather than wrapped.
          doc.text(text, w.left, y, { width: room, height: 12, ellipsis: true });
          end = w.left + Math.min(room, doc.widthOfString(text)) + 4;
          start = w.left + w.width - doc.widthOfString(number) - 4;
          doc.text(number, w.left, y, { width: w.width, align: 'right', lineBreak: false });
          return { x: w.left, y, width: w.width, height: 14 };
        });
      });
      if (start > end) {
        w.tags.artifact(() => {
          doc
            .save()
            .moveTo(end, y + 9)
            .lineTo(start, y + 9)
            .dash(0.5, { space: 2.5 });
          doc.lineWidth(0.6).stroke(COLOUR.muted).restore();
        });
      }
      doc.y = y + 20;
    });
    if (toc) w.tags.close(toc);
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
    w.tags.artifact(() => pageFurniture(w, view, page, count), 'Pagination');
    margins.bottom = bottom;
  }
}

function pageFurniture(w: PdfWriter, view: DocumentView, page: number, count: number): void {
  const { doc } = w;
  doc.font(FONT.regular).fontSize(7.5).fillColor(COLOUR.muted);
  w.fitted(view.runningHead, w.left, 30, w.width - 70, 'left', { height: 9, ellipsis: true });
  if (view.isDraft) {
    doc.font(FONT.bold).fillColor(COLOUR.draft);
    w.fitted(view.statusLabel.toUpperCase(), w.left, 30, w.width, 'right', {});
  }
  doc
    .moveTo(w.left, 42)
    .lineTo(w.left + w.width, 42)
    .lineWidth(0.4)
    .stroke(COLOUR.rule);
  doc.font(FONT.regular).fontSize(8.5).fillColor(COLOUR.muted);
  w.fitted(`${page + 1} / ${count}`, w.left, doc.page.height - 42, w.width, 'center', {
    lineBreak: false,
  });
}

export function renderPdf(outcome: OutcomeDocument): Promise<Buffer> {
  const view = buildView(outcome);
  // The issue date, never the clock: pdfkit derives the file ID from these dates too.
  const issued = new Date(`${outcome.meta.issuedOn}T00:00:00Z`);
  const stamp = Number.isNaN(issued.getTime()) ? new Date(0) : issued;
  const doc = new PDFDocument({
    pdfVersion: '1.7',
    tagged: true,
    // The PDF/UA identifier in the XMP metadata (pdfkit 0.16+; its types do not list it yet).
    subset: 'PDF/UA' as PDFKit.Mixins.PDFSubsets,
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
  escapeMetadata(doc);
  registerFonts(doc, DEJAVU_FACES);
  installScripts(doc, view.t.languageTag);
  const done = collectOutput(doc);
  bufferPageContent(doc);
  cacheFontLayout(doc);
  skipRepeatedColours(doc);
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
  const contents = w.tags.reserve('Sect');
  for (let extra = CONTENTS_PER_PAGE; extra < contentsCount; extra += CONTENTS_PER_PAGE) {
    w.newPage();
  }
  const entries = body(w, view);
  writeContents(w, view, contentsPage, entries, contents);
  writeFurniture(w, view);
  orderLigaturesForExtraction(doc);
  doc.end();
  return done;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * pdfkit copies the title, subject and author into the XMP metadata as they are: a conference
 * called "Cities & Migration" would make it malformed XML. They are escaped there only (the
 * document information dictionary is written before, as PDF strings).
 */
function escapeMetadata(pdf: PDFKit.PDFDocument): void {
  const doc = pdf as unknown as { info: Record<string, unknown>; _addInfo(): void };
  const addInfo = doc._addInfo.bind(doc);
  doc._addInfo = () => {
    const info = doc.info;
    doc.info = Object.fromEntries(
      Object.entries(info).map(([key, value]) => [
        key,
        typeof value === 'string' ? value.replace(/[&<>]/g, (c) => XML_ESCAPES[c]) : value,
      ]),
    );
    try {
      addInfo();
    } finally {
      doc.info = info;
    }
  };
}
