import { parse } from 'node-html-parser';
import {
  adoptedDeclaration,
  revision1,
  TEXT,
  zeroDraft,
} from '../../../test/fixtures/drafts/draft-document.fixture';
import { flat, pdfColourCounts, pdfFonts, pdfText } from '../../../test/fixtures/drafts/tools';
import { COLOUR } from './pdf/layout';
import { renderDraftComparison, renderDraftVersion } from '.';

/** Each text must come after the one before it. */
function expectInOrder(text: string, parts: string[]): void {
  let at = 0;
  for (const part of parts) {
    const found = text.indexOf(part, at);
    expect(found >= 0 ? part : `missing after position ${at}: ${part}`).toBe(part);
    at = found + part.length;
  }
}

describe('PDF of a version', () => {
  it('prints the adopted declaration: front matter, the wording in order, then the provenance', async () => {
    const pdf = await renderDraftVersion(adoptedDeclaration(), 'pdf');
    const text = flat(await pdfText(pdf));
    expectInOrder(text, [
      // The masthead reads column by column.
      'Global Conference on Cities and Migration',
      'Mechelen, Belgium',
      'Distr.: General',
      '17 November 2017',
      'Original: English',
      'Mechelen Declaration on Cities and Migration',
      'Adopted at Mechelen, Belgium, on 17 November 2017',
      `SHA-256 of the text: ${adoptedDeclaration().meta.sha256}`,
      `1. ${TEXT.chapeau}`,
      `2. ${TEXT.pre1}`,
      'Objective 1: Collect and utilize accurate and disaggregated data',
      `3. ${TEXT.op1rev}`,
      `9. ${TEXT.op7}`,
      `10. ${TEXT.op6rev}`,
      'Annex — Provenance of the paragraphs',
      'Paragraph 3',
      'Recommendation “Local data on migration”',
      'Session: Data and evidence',
      'Votes: 21 in support, 3 against, 2 abstaining',
      'Local government 12 11 92%',
      'Amendment 1 — new wording',
      'Sponsors: Urząd Miasta Łodzi; Ville de Montréal',
      'Paragraph 10',
      'Decision: Adopted by vote',
      'Vote: 31 in support, 7 against, 3 abstaining',
    ]);
    expect(text).not.toContain('Draft under negotiation');
    expect(pdf.toString('latin1')).toContain('D:20171117000000Z');
  });

  it('embeds subset fonts for everything it prints', async () => {
    const lines = (await pdfFonts(await renderDraftVersion(adoptedDeclaration(), 'pdf')))
      .trim()
      .split('\n')
      .slice(2);
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const line of lines)
      expect(line).toMatch(/DejaVu\S*\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  });

  it('marks an untranslated paragraph and prints it in the drafting language', async () => {
    const text = flat(
      await pdfText(await renderDraftVersion(adoptedDeclaration(), 'pdf', { language: 'es' })),
    );
    expectInOrder(text, [
      'Original: inglés',
      'Declaración de Malinas sobre Ciudades y Migración',
      'Versión en español. Solo el texto en inglés es auténtico.',
      'Objetivo 16',
      'Sin traducir — se imprime el original en inglés',
      `8. ${TEXT.op8}`,
    ]);
  });

  it('numbers lines in the margin exactly as the HTML export numbers them', async () => {
    const [pdf, html] = await Promise.all([
      renderDraftVersion(revision1(), 'pdf', { lineNumbers: true }),
      renderDraftVersion(revision1(), 'html', { lineNumbers: true }),
    ]);
    const htmlLines = parse(html.toString('utf8'))
      .querySelectorAll('.line')
      .map((line) => [line.querySelector('.ln')!.text, line.text.replace(/^\d+/, '')] as const);
    expect(htmlLines.length).toBeGreaterThan(15);
    const pdfLines = (await pdfText(pdf, { layout: true })).split('\n');
    for (const [n, content] of htmlLines) {
      const line = pdfLines.find((l) => new RegExp(`^\\s*${n}\\s`).test(l));
      expect(line ? flat(line).replace(/^\d+ (\d+\. )?/, '') : `no line ${n}`).toBe(flat(content));
    }
    // The line numbers are not on the unnumbered export.
    const plain = await pdfText(await renderDraftVersion(revision1(), 'pdf'), { layout: true });
    expect(plain).not.toMatch(/^\s*1\s+1\.\s+We, the mayors/m);
  });
});

describe('PDF of a comparison', () => {
  it('keeps the deleted and inserted words as text, in reading order', async () => {
    const text = flat(await pdfText(await renderDraftComparison(zeroDraft(), revision1(), 'pdf')));
    expectInOrder(text, [
      'COMPARISON OF VERSIONS',
      'Changes from Zero draft to Rev.1',
      '4 paragraphs changed, 1 inserted, 1 deleted, 2 moved, 7 unchanged.',
      'DELETED PARAGRAPH 3. Recalling the New York Declaration',
      'CHANGED PARAGRAPH 4. 3. We call on urge States to involve local and regional governments',
      'We commit to publishing [annual] reports',
      'all migrants, [regardless of their status] residing in our cities.',
      'MOVED: NOW PARAGRAPH 7',
      'Objective 16',
      'MOVED: NOW PARAGRAPH 10',
      'MOVED HERE FROM PARAGRAPH 7 7. We will issue municipal identity cards',
      'INSERTED PARAGRAPH 8. We will open welcome desks',
      'MOVED HERE FROM PARAGRAPH 9 9. 10. We will support free language courses',
    ]);
  });

  it('draws insertions and deletions in their colours', async () => {
    const counts = await pdfColourCounts(
      await renderDraftComparison(zeroDraft(), revision1(), 'pdf'),
      {
        inserted: COLOUR.inserted,
        deleted: COLOUR.deleted,
      },
    );
    expect(counts.inserted).toBeGreaterThan(200);
    expect(counts.deleted).toBeGreaterThan(200);
    const none = await pdfColourCounts(
      await renderDraftComparison(revision1(), revision1(), 'pdf'),
      {
        inserted: COLOUR.inserted,
        deleted: COLOUR.deleted,
      },
    );
    expect(none).toEqual({ inserted: 0, deleted: 0 });
  });
});
