/**
 * PDF (A4) of a version and of a comparison, for reading and printing as they are: UN-style
 * masthead, numbered paragraphs with the number in a hanging indent, bookmarks for the headings,
 * running head and "x / y" folios. Line numbers, on demand, sit in the left margin and count the
 * text's lines through the document, cut as the HTML and Markdown exports cut them. In a
 * comparison, insertions are underlined in green and deletions struck through in red; both stay
 * text (pdftotext reads them in order).
 */
import PDFDocument from 'pdfkit';
import { orderForExtraction } from '../../common/pdf/scripts';
import type { ComparisonEntry, ComparisonView, DiffOp } from './compare';
import type { DraftCatalogue } from './i18n';
import { MIRRORED_FONT, registerFonts, type Face } from './pdf/fonts';
import { COLOUR, PdfLayout, type Span } from './pdf/layout';
import type { AnnexView, FrontMatter, VersionBlock, VersionView } from './view';

const BODY = 10.5;
const NUMBER_INDENT = 30;
const ALTERNATIVE_INDENT = 92;
/** A comparison's number may be two, the old struck through: "10. 9." */
const COMPARED_NUMBER_INDENT = 46;
const COMPARED_ALTERNATIVE_INDENT = 108;

function open(meta: {
  title: string;
  subject: string;
  lang: string;
  date: string;
  direction: 'ltr' | 'rtl';
}) {
  // The document's own date, never the clock: pdfkit derives the file ID from these dates too.
  const stamp = new Date(`${meta.date}T00:00:00Z`);
  const date = Number.isNaN(stamp.getTime()) ? new Date(0) : stamp;
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 64, bottom: 64, left: 72, right: 62 },
    bufferPages: true,
    lang: meta.lang,
    displayTitle: true,
    info: {
      Title: meta.title,
      Subject: meta.subject,
      Author: 'Agora',
      Creator: 'Agora',
      Producer: 'Agora',
      CreationDate: date,
      ModDate: date,
    },
  });
  registerFonts(doc);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const layout = new PdfLayout(doc, meta.direction);
  layout.y = layout.top;
  return { doc, layout, done };
}

function finish(layout: PdfLayout, runningHead: string, done: Promise<Buffer>): Promise<Buffer> {
  layout.furniture(runningHead);
  orderForExtraction(layout.doc, [MIRRORED_FONT]);
  layout.doc.end();
  return done;
}

function frontMatter(w: PdfLayout, f: FrontMatter, t: DraftCatalogue): void {
  w.twoSides(
    { text: f.conference, face: 'serifBold' },
    { text: f.distribution, face: 'serif' },
    9.5,
  );
  w.twoSides({ text: f.place, face: 'serif' }, { text: f.date, face: 'serif' }, 9.5);
  w.twoSides({ text: '', face: 'serif' }, { text: f.original, face: 'serif' }, 9.5);
  w.y += 2;
  w.rule(1.2);
  w.y += 10;
  w.paragraph([{ text: f.title, face: 'serifBold' }], { size: 15, align: 'center', after: 6 });
  w.paragraph([{ text: f.versionLine, face: 'serifItalic' }], {
    size: 10.5,
    align: 'center',
    after: 6,
  });
  if (f.notice) {
    w.paragraph([{ text: f.notice, face: 'serifBold', colour: COLOUR.notice }], {
      size: 9.5,
      align: 'center',
      after: 6,
    });
  }
  if (f.translationNotice) {
    w.paragraph([{ text: f.translationNotice, face: 'serif', colour: COLOUR.muted }], {
      size: 8.5,
      align: 'center',
      after: 6,
    });
  }
  w.y += 4;
  w.facts(f.facts, t.formats.colon, 8.5);
  w.paragraph(
    [
      { text: `${f.fingerprint.label}${t.formats.colon} `, face: 'serif', colour: COLOUR.muted },
      { text: f.fingerprint.value, face: 'mono', colour: COLOUR.muted },
    ],
    { size: 7.5, after: 6 },
  );
  w.rule(0.5, COLOUR.rule);
  w.y += 6;
}

function note(w: PdfLayout, text: string, indent = NUMBER_INDENT): void {
  w.paragraph([{ text, face: 'serifItalic', colour: COLOUR.note }], {
    size: 8.5,
    indent,
    after: 2,
    keepWithNext: 2 * BODY * 1.38,
  });
}

/** Numbered lines are cut at 80 characters: at 10 pt a line of prose fits the column. */
const NUMBERED_BODY = 10;

function versionBlock(w: PdfLayout, b: VersionBlock, numbered: boolean): void {
  const size = numbered ? NUMBERED_BODY : BODY;
  if (b.note) note(w, b.note);
  if (b.kind === 'heading') {
    w.heading(b.text, 1);
    return;
  }
  w.paragraph([{ text: b.text, face: 'serif' }], {
    size,
    indent: NUMBER_INDENT,
    label: b.numberLabel ? [{ text: b.numberLabel, face: 'serif' }] : undefined,
    numbered,
    after: b.alternatives.length > 0 ? 3 : size * 0.7,
  });
  b.alternatives.forEach((alt, i) => {
    const after = i === b.alternatives.length - 1 ? size * 0.7 : 3;
    if (numbered) {
      // Numbered lines need the column's width: the label goes on a line of its own.
      w.text(alt.label, 'serifBold', {
        size,
        indent: NUMBER_INDENT,
        after: 0,
        keepWithNext: 2 * size,
      });
      w.paragraph([{ text: alt.text, face: 'serif' }], {
        size,
        indent: NUMBER_INDENT + 12,
        numbered,
        after,
      });
      return;
    }
    w.paragraph([{ text: alt.text, face: 'serif' }], {
      size,
      indent: ALTERNATIVE_INDENT,
      label: [{ text: alt.label, face: 'serifBold' }],
      labelAt: NUMBER_INDENT,
      after,
    });
  });
}

function annex(w: PdfLayout, a: AnnexView, t: DraftCatalogue): void {
  w.newPage();
  w.heading(a.heading, 1);
  w.text(a.intro, 'serif', { size: 9.5 });
  const colon = t.formats.colon;
  for (const entry of a.entries) {
    w.heading(entry.title, 2, false);
    w.text(t.annex.sources, 'serifBold', { size: 9, after: 2, keepWithNext: 30 });
    if (entry.noSources) w.text(entry.noSources, 'serif', { size: 9, indent: 12 });
    for (const source of entry.sources) {
      w.text(source.title, 'serifItalic', { size: 9, indent: 12, after: 2, keepWithNext: 30 });
      w.facts(source.facts, colon, 8.5, 12);
      if (source.support) w.table(source.support, 12);
    }
    w.text(t.annex.amendments, 'serifBold', { size: 9, after: 2, keepWithNext: 30 });
    if (entry.noAmendments) w.text(entry.noAmendments, 'serif', { size: 9, indent: 12 });
    for (const amendment of entry.amendments) {
      w.text(amendment.title, 'serifItalic', { size: 9, indent: 12, after: 2, keepWithNext: 30 });
      w.facts(amendment.facts, colon, 8.5, 12);
    }
  }
  if (a.floor) {
    w.heading(a.floor.heading, 2, false);
    w.text(a.floor.intro, 'serif', { size: 9.5 });
    w.table(a.floor.table, 12);
  }
}

export function renderVersionPdf(view: VersionView, date: string): Promise<Buffer> {
  const { layout, done } = open({
    title: view.metaTitle,
    subject: view.metaSubject,
    lang: view.profile.tag,
    direction: view.profile.direction,
    date,
  });
  frontMatter(layout, view.front, view.t);
  for (const b of view.blocks) versionBlock(layout, b, view.lineNumbers);
  if (view.annex) annex(layout, view.annex, view.t);
  return finish(layout, view.runningHead, done);
}

/**
 * Spans for the ops. A deletion directly followed by an insertion gets a space between them,
 * so the two read (and extract) as two words, not one.
 */
function opSpans(ops: DiffOp[], face: Face = 'serif'): Span[] {
  const spans: Span[] = [];
  ops.forEach((op, i) => {
    if (op.op === 'equal') spans.push({ text: op.text, face });
    else if (op.op === 'insert')
      spans.push({ text: op.text, face, colour: COLOUR.inserted, underline: true });
    else spans.push({ text: op.text, face, colour: COLOUR.deleted, strike: true });
    const next = ops[i + 1];
    if (
      op.op === 'delete' &&
      next?.op === 'insert' &&
      !/\s$/.test(op.text) &&
      !/^\s/.test(next.text)
    ) {
      spans.push({ text: ' ', face });
    }
  });
  return spans;
}

function changeBlock(w: PdfLayout, e: ComparisonEntry, view: ComparisonView): void {
  const { t } = view;
  const c = e.change;
  const status = (text: string) =>
    w.paragraph([{ text, face: 'sansBold', colour: COLOUR.accent }], {
      size: 7,
      indent: COMPARED_NUMBER_INDENT,
      after: 1.5,
      keepWithNext: 2 * BODY * 1.38,
    });
  if (e.place === 'movedAway') {
    status(t.comparison.movedTo(c.to?.number ?? null).toUpperCase());
    w.y += BODY * 0.5;
    return;
  }
  if (c.moved) status(t.comparison.movedFrom(c.from?.number ?? null).toUpperCase());
  else if (c.status !== 'unchanged') status(t.comparison.statuses[c.status].toUpperCase());
  if (c.note) note(w, c.note, COMPARED_NUMBER_INDENT);
  if (c.kind === 'heading' && c.number.length === 0) {
    const spans = opSpans(c.text.ops, 'serifBold');
    w.ensure(14 + 4 * BODY * 1.38);
    w.y += 10;
    w.doc.outline.addItem(c.text.to ?? c.text.from ?? '');
    w.paragraph(spans, { size: 12, after: 8 });
    return;
  }
  w.paragraph(opSpans(c.text.ops), {
    size: BODY,
    indent: COMPARED_NUMBER_INDENT,
    label: opSpans(c.number),
    after: c.alternatives.length > 0 ? 3 : BODY * 0.7,
  });
  c.alternatives.forEach((alt, i) => {
    const whole = alt.from === null ? 'insert' : alt.to === null ? 'delete' : 'equal';
    w.paragraph(opSpans(alt.ops), {
      size: BODY,
      indent: COMPARED_ALTERNATIVE_INDENT,
      label: opSpans([{ op: whole, text: alt.label }], 'serifBold'),
      labelAt: COMPARED_NUMBER_INDENT,
      after: i === c.alternatives.length - 1 ? BODY * 0.7 : 3,
    });
  });
}

export function renderComparisonPdf(view: ComparisonView, date: string): Promise<Buffer> {
  const { t } = view;
  const { layout: w, done } = open({
    title: view.title,
    subject: `${t.comparison.kind} — ${view.heading}`,
    lang: view.profile.tag,
    direction: view.profile.direction,
    date,
  });
  const colon = t.formats.colon;
  w.twoSides(
    { text: view.conference, face: 'serifBold' },
    { text: view.place, face: 'serif' },
    9.5,
  );
  w.y += 2;
  w.rule(1.2);
  w.y += 6;
  w.paragraph([{ text: t.comparison.kind.toUpperCase(), face: 'sans', colour: COLOUR.muted }], {
    size: 8.5,
    align: 'center',
    after: 4,
  });
  w.paragraph([{ text: view.title, face: 'serifBold' }], { size: 15, align: 'center', after: 4 });
  w.paragraph([{ text: view.heading, face: 'serifItalic' }], {
    size: 10.5,
    align: 'center',
    after: 10,
  });
  for (const ref of [view.from, view.to]) {
    w.paragraph(
      [
        { text: `${ref.label}${colon} `, face: 'serifBold' },
        { text: `${ref.date} · ${t.fingerprint}${colon} `, face: 'serif', colour: COLOUR.muted },
        { text: ref.sha256, face: 'mono', colour: COLOUR.muted },
      ],
      { size: 7.5, after: 2 },
    );
  }
  w.y += 4;
  w.paragraph([{ text: t.comparison.legend, face: 'serif', colour: COLOUR.muted }], {
    size: 8.5,
    after: 3,
  });
  w.text(view.summary, 'serif', { size: 8.5, colour: COLOUR.muted, after: 3 });
  if (view.comparedIn)
    w.text(view.comparedIn, 'serif', { size: 8.5, colour: COLOUR.muted, after: 3 });
  w.y += 3;
  w.rule(0.5, COLOUR.rule);
  w.y += 6;
  for (const e of view.entries) changeBlock(w, e, view);
  return finish(w, view.runningHead, done);
}
