import { outcomeFixture } from '../../../test/fixtures/reports/outcome-document.fixture';
import { readPdf, type PdfContent } from '../../../test/fixtures/reports/pdf-text';
import type { Language } from '../outcome-document';
import { renderPdf } from './pdf';

const contents = new Map<Language, Promise<PdfContent>>();
/** Each language is rendered and parsed once: parsing runs in a child process. */
const pdfOf = (language: Language): Promise<PdfContent> => {
  if (!contents.has(language)) {
    contents.set(
      language,
      renderPdf(outcomeFixture(language)).then((pdf) => readPdf(pdf)),
    );
  }
  return contents.get(language)!;
};

/** Text as pdf.js extracts it, with the line breaks of the layout made spaces. */
const flat = (text: string): string => text.replace(/\s+/g, ' ');
const allText = (pdf: PdfContent): string => flat(pdf.pages.join('\n'));
/** The letter-spaced title-page label comes out of pdf.js one letter at a time. */
const unspaced = (text: string): string => text.replace(/\s+/g, '');

const pageWith = (pdf: PdfContent, text: string, from = 0): number =>
  pdf.pages.findIndex((page, index) => index >= from && flat(page).includes(text));

describe('renderPdf', () => {
  it('is an A4 PDF with headings, the title block and the issue date as its dates', async () => {
    const pdf = await pdfOf('en');
    expect(pdf.pages.length).toBeGreaterThanOrEqual(10);
    for (const [width, height] of pdf.sizes) {
      expect(width).toBeCloseTo(595.28, 1);
      expect(height).toBeCloseTo(841.89, 1);
    }
    expect(pdf.info).toMatchObject({
      Title: 'Global Conference on Cities and Migration',
      Subject: 'Outcome document',
      Language: 'en-GB',
      CreationDate: 'D:20171117000000Z',
      ModDate: 'D:20171117000000Z',
    });
    const title = flat(pdf.pages[0]);
    expect(unspaced(title)).toContain('OUTCOMEDOCUMENT');
    expect(title).toContain('Global Conference on Cities and Migration');
    expect(title).toContain('Mechelen, Belgium · 16–17 November 2017');
    expect(title).toContain('Version 2 — Draft');
    expect(title).toContain(outcomeFixture().meta.sha256);
    for (const heading of ['Contents', 'Introduction', 'Chapter 1. Data', 'Annex D — Method']) {
      expect(pageWith(pdf, heading)).toBeGreaterThan(0);
    }
  });

  it('prints accented names and titles as they were written', async () => {
    const all = allText(await pdfOf('en'));
    for (const text of [
      'Accès des migrants aux services de santé à Malines',
      'Médecins du Monde Belgique',
      'Urząd Miasta Łodzi',
      'İstanbul Büyükşehir Belediyesi',
      'Budapest Főváros Önkormányzata',
      'São Paulo — Coordenação de Políticas para Migrantes',
      'la propuesta de A Coruña',
      'Łukasz Wiśniewski',
    ]) {
      expect(all).toContain(text);
    }
  });

  it('numbers every page but the title page "x / y"', async () => {
    const pdf = await pdfOf('en');
    const total = pdf.pages.length;
    expect(pdf.pages[0]).not.toMatch(new RegExp(`\\b1 / ${total}\\b`));
    pdf.pages.slice(1).forEach((page, index) => {
      expect(page).toContain(`${index + 2} / ${total}`);
      expect(page).toContain('Global Conference on Cities and Migration — Outcome document');
      expect(page).toContain('DRAFT');
    });
  });

  it('lists the parts in the contents with the pages they start on, and as bookmarks', async () => {
    const pdf = await pdfOf('en');
    const parts = [
      'Introduction',
      'Chapter 2. Access to basic services',
      'Annex C — Participation',
    ];
    for (const part of parts) {
      const match = new RegExp(`${part}\\s+(\\d+)`).exec(flat(pdf.pages[1]));
      expect(match).not.toBeNull();
      const page = Number(match![1]);
      expect(flat(pdf.pages[page - 1])).toContain(part);
    }
    expect(pdf.outline).toEqual([
      'Introduction',
      'Chapter 1. Data',
      'Chapter 2. Access to basic services',
      'Chapter 3. Inclusion and social cohesion',
      'Chapter 4. International cooperation',
      'Session summaries',
      'Annex A — Recommendations noted',
      'Annex B — Programme',
      'Annex C — Participation',
      'Annex D — Method',
      'Annex E — Details and votes of each recommendation',
    ]);
  });

  it('prints the recommendations in order, with their marks, tallies and support', async () => {
    const pdf = await pdfOf('en');
    let from = 2;
    for (let n = 1; n <= 8; n++) {
      const page = pageWith(pdf, `Recommendation ${n}.`, from);
      expect(page).toBeGreaterThanOrEqual(from);
      from = page;
    }
    const all = allText(pdf);
    expect(all).toContain('Broad consensus');
    expect(all).toContain('Contested');
    expect(all).toContain('Support by constituency');
    expect(all).toContain('— fewer than 3 votes: share not counted.');
    expect(all).toContain('<script>alert(1)</script>');
  });

  it('prints French and Spanish headings and fixed texts', async () => {
    const fr = allText(await pdfOf('fr'));
    expect(unspaced(fr)).toContain('DOCUMENTFINAL');
    for (const text of [
      'Table des matières',
      'Chapitre 1. Données',
      'Recommandation 3. Accès des migrants aux services de santé à Malines',
      'Annexe A — Recommandations dont il a été pris note',
      'Annexe D — Méthode',
      'Malines, Belgique · 16 et 17 novembre 2017',
      'PROJET',
    ]) {
      expect(fr).toContain(text);
    }
    const es = allText(await pdfOf('es'));
    expect(unspaced(es)).toContain('DOCUMENTOFINAL');
    for (const text of [
      'Índice',
      'Capítulo 1. Datos',
      'Anexo A — Recomendaciones de las que se tomó nota',
      'Anexo C — Participación',
      'Malinas, Bélgica · 16 y 17 de noviembre de 2017',
      'PROYECTO',
    ]) {
      expect(es).toContain(text);
    }
  });
});
