import JSZip from 'jszip';
import { parse as parseHtml } from 'node-html-parser';
import { outcomeFixture } from '../../../test/fixtures/reports/outcome-document.fixture';
import { readPdf } from '../../../test/fixtures/reports/pdf-text';
import type { OutcomeDocument } from '../outcome-document';
import { renderOutcomeDocument } from '.';

/**
 * The body reads as a text: chapters only for themes with recommendations, named with the
 * framework's own word; under each recommendation one line of tallies and marks; the details,
 * tallies and support tables in annex E.
 */
function withEmptyTheme(): OutcomeDocument {
  const doc = outcomeFixture();
  // A theme only a recommendation printed elsewhere carries, as older versions stored it.
  doc.chapters.push({
    theme: {
      code: 'GCM-4',
      number: 4,
      title: 'Ensure that all migrants have proof of legal identity and adequate documentation',
      shortTitle: 'Legal identity and documentation',
    },
    recommendations: [],
    crossReferences: [{ number: 5, title: 'Municipal identity cards' }],
  });
  return doc;
}

const flat = (text: string): string => text.replace(/\s+/g, ' ');

describe('the outcome document’s structure', () => {
  const doc = withEmptyTheme();

  it('DOCX: objectives by name, no empty chapter, no table before annex E but the title block', async () => {
    const zip = await JSZip.loadAsync(await renderOutcomeDocument(doc, 'docx'));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('Objective 16: Empower migrants and societies');
    expect(text).not.toMatch(/Theme \d/);
    expect(text).not.toContain('Chapter 5');
    expect(text).toContain('Objective 4: Legal identity and documentation');
    const chapters = xml.indexOf('Chapter 1. Data');
    const annexA = xml.lastIndexOf('Annex A — Recommendations noted');
    const annexE = xml.lastIndexOf('Annex E — Details and votes of each recommendation');
    expect(chapters).toBeGreaterThan(0);
    expect(xml.slice(chapters, annexA)).not.toContain('<w:tbl>');
    expect(xml.slice(annexE)).toContain('Support by constituency');
    expect(text).toContain('Support 43 · Oppose 4 · Abstain 3 — details and votes in annex E');
  });

  it('HTML: no table in the chapters, a tally line linking to annex E', async () => {
    const root = parseHtml((await renderOutcomeDocument(doc, 'html')).toString('utf8'));
    const chapters = root.querySelectorAll('section.chapter');
    expect(chapters.map((c) => c.querySelector('h2')?.text)).toEqual([
      'Chapter 1. Data',
      'Chapter 2. Access to basic services',
      'Chapter 3. Inclusion and social cohesion',
      'Chapter 4. International cooperation',
      'Cross-references',
      'Session summaries',
    ]);
    for (const chapter of chapters) expect(chapter.querySelectorAll('table')).toHaveLength(0);
    const line = root.querySelector('#recommendation-1 .tally-line');
    expect(line?.querySelector('.mark.broad')?.text).toBe('Broad consensus');
    expect(line?.querySelector('a')?.getAttribute('href')).toBe('#details-1');
    expect(root.querySelectorAll('#annex-e section.details')).toHaveLength(8);
    expect(root.querySelector('#details-1 table caption')?.text).toBe('Support by constituency');
    expect(root.querySelector('#cross-references')?.text).toContain(
      'Objective 4: Legal identity and documentation',
    );
  });

  it('PDF: the support tables only in annex E, every chapter with recommendations', async () => {
    const pdf = await readPdf(await renderOutcomeDocument(doc, 'pdf'));
    const annexE = pdf.pages.findIndex((page) =>
      flat(page).includes(
        'Annex E — Details and votes of each recommendation For each recommendation',
      ),
    );
    expect(annexE).toBeGreaterThan(0);
    pdf.pages.forEach((page, index) => {
      if (index < annexE) expect(page).not.toContain('Support by constituency');
    });
    expect(pdf.outline).not.toContain('Chapter 5. Legal identity and documentation');
    expect(pdf.outline).toContain('Cross-references');
    const all = flat(pdf.pages.join('\n'));
    expect(all).toContain('Objective 1: Collect and utilize accurate and disaggregated data');
    expect(all).toContain('Support 43 · Oppose 4 · Abstain 3 — details and votes in annex E');
  });

  it('Markdown: no table before annex B, French and Spanish objectives', async () => {
    const md = (await renderOutcomeDocument(doc, 'md')).toString('utf8');
    const body = md.slice(0, md.indexOf('## Annex B'));
    expect(body).not.toMatch(/^\|/m);
    expect(md.slice(md.indexOf('## Annex E'))).toMatch(/^\| Constituency \|/m);
    const fr = (await renderOutcomeDocument(outcomeFixture('fr'), 'md')).toString('utf8');
    expect(fr).toContain('Objectif 16\u00a0: Donner aux migrants');
    const es = (await renderOutcomeDocument(outcomeFixture('es'), 'md')).toString('utf8');
    expect(es).toContain('Objetivo 15: Proporcionar a los migrantes');
  });

  it('falls back to the catalogue’s word for versions compiled without the framework’s', async () => {
    const old = outcomeFixture();
    delete old.meta.framework.themeTerm;
    const md = (await renderOutcomeDocument(old, 'md')).toString('utf8');
    expect(md).toContain('*Theme 1: Collect and utilize');
  });
});
