/**
 * DOCX of a version, written as WordprocessingML: UN-style front matter, paragraphs numbered as
 * delegates cite them (the number is text, so each version keeps its own), alternatives as
 * "Alt. 1", the provenance annex of the adopted declaration, and — on demand — Word's own line
 * numbering, counted continuously through the text (front matter, headings, notes and annex
 * are left out of the count).
 */
import { COLOUR, STYLE } from './docx/styles';
import { dataTable, facts, fingerprint, finalSection, languageRun, pack } from './docx/common';
import { paragraph, run } from '../../reports/render/docx/wordml';
import { languageProfile } from './script';
import type { AnnexView, VersionBlock, VersionView } from './view';

function frontMatter(view: VersionView): string[] {
  const { front, t } = view;
  const rule = { size: 6, colour: COLOUR.ink, space: 4 };
  return [
    paragraph(run(front.conference, { bold: true }) + run(`\t${front.distribution}`), {
      style: STYLE.front,
    }),
    paragraph(run(front.place) + run(`\t${front.date}`), { style: STYLE.front }),
    paragraph(run(`\t${front.original}`), { style: STYLE.front, borders: { bottom: rule } }),
    paragraph(run(front.title), { style: STYLE.title }),
    paragraph(run(front.versionLine, { italic: true }), {
      style: STYLE.kind,
      spacing: { before: 0, after: 120 },
    }),
    front.notice ? paragraph(run(front.notice), { style: STYLE.notice }) : '',
    front.translationNotice ? paragraph(run(front.translationNotice), { style: STYLE.small }) : '',
    facts(front.facts, t.formats.colon, STYLE.small),
    fingerprint(front.fingerprint.label, front.fingerprint.value, t.formats.colon),
    paragraph('', { style: STYLE.small, borders: { bottom: rule } }),
  ];
}

function block(b: VersionBlock, view: VersionView): string {
  const printed = languageRun(view.profile, languageProfile(b.language));
  const note = b.note ? paragraph(run(b.note), { style: STYLE.note }) : '';
  if (b.kind === 'heading') {
    return note + paragraph(run(b.text, printed), { style: STYLE.heading1, mark: printed });
  }
  const main = paragraph(run(`${b.numberLabel ?? ''}\t`) + run(b.text, printed), {
    style: STYLE.paragraph,
    keepNext: b.alternatives.length > 0,
  });
  const alternatives = b.alternatives.map((alt, index) =>
    paragraph(run(`${alt.label}\t`, { bold: true }) + run(alt.text, printed), {
      style: STYLE.alternative,
      keepNext: index < b.alternatives.length - 1,
    }),
  );
  return note + main + alternatives.join('');
}

function annex(a: AnnexView, view: VersionView): string[] {
  const colon = view.t.formats.colon;
  const out = [
    paragraph(run(a.heading), { style: STYLE.heading1, pageBreakBefore: true }),
    paragraph(run(a.intro), { style: STYLE.annex }),
  ];
  for (const entry of a.entries) {
    out.push(paragraph(run(entry.title), { style: STYLE.heading2 }));
    out.push(paragraph(run(view.t.annex.sources), { style: STYLE.label }));
    if (entry.noSources) out.push(paragraph(run(entry.noSources), { style: STYLE.annex }));
    for (const source of entry.sources) {
      out.push(
        paragraph(run(source.title, { italic: true }), { style: STYLE.annex, keepNext: true }),
      );
      out.push(facts(source.facts, colon));
      // Word joins tables that touch: the empty paragraph after each keeps them apart.
      if (source.support)
        out.push(dataTable(source.support), paragraph('', { style: STYLE.annex }));
    }
    out.push(paragraph(run(view.t.annex.amendments), { style: STYLE.label }));
    if (entry.noAmendments) out.push(paragraph(run(entry.noAmendments), { style: STYLE.annex }));
    for (const amendment of entry.amendments) {
      out.push(
        paragraph(run(amendment.title, { italic: true }), { style: STYLE.annex, keepNext: true }),
      );
      out.push(facts(amendment.facts, colon));
    }
  }
  if (a.floor)
    out.push(
      paragraph(run(a.floor.heading), { style: STYLE.heading2 }),
      paragraph(run(a.floor.intro), { style: STYLE.annex }),
      dataTable(a.floor.table),
      paragraph('', { style: STYLE.annex }),
    );
  return out;
}

export function renderVersionDocx(view: VersionView, date: string): Buffer {
  const body = [
    ...frontMatter(view),
    ...view.blocks.map((b) => block(b, view)),
    ...(view.annex ? annex(view.annex, view) : []),
    finalSection(view.profile, view.lineNumbers),
  ].join('');
  return pack({
    body,
    profile: view.profile,
    decimal: view.t.formats.number.decimal,
    runningHead: view.runningHead,
    title: view.metaTitle,
    subject: view.metaSubject,
    date,
  });
}
