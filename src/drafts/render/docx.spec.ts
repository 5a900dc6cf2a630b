import {
  adoptedDeclaration,
  revision1,
  TEXT,
  zeroDraft,
} from '../../../test/fixtures/drafts/draft-document.fixture';
import { flat, pandocText, unzipDocx } from '../../../test/fixtures/drafts/tools';
import { paragraphTexts } from '../../../test/fixtures/drafts/word';
import { renderDraftVersion } from '.';

const docxOf = async (...args: Parameters<typeof renderDraftVersion>) =>
  unzipDocx(await renderDraftVersion(...args));

/** Paragraphs of a given style, with their text. */
function styled(xml: string, style: string): string[] {
  return [...xml.matchAll(/<w:p\b[^>]*>[\s\S]*?<\/w:p>/g)]
    .filter((p) => p[0].includes(`<w:pStyle w:val="${style}"/>`))
    .map((p) => paragraphTexts(p[0])[0]);
}

describe('DOCX of a version', () => {
  it('numbers paragraphs as text before a tab, headings unnumbered in Word’s heading style', async () => {
    const { document } = await docxOf(revision1(), 'docx');
    expect(styled(document, 'AgoraParagraph')).toEqual([
      `1.\t${TEXT.chapeau}`,
      `2.\t${TEXT.pre1}`,
      `3.\t${TEXT.op1rev}`,
      `4.\t${TEXT.op2rev}`,
      `5.\t${TEXT.op3alt1}`,
      `6.\t${TEXT.op5}`,
      `7.\t${TEXT.op4}`,
      `8.\t${TEXT.op8}`,
      `9.\t${TEXT.op7rev}`,
      `10.\t${TEXT.op6rev}`,
    ]);
    expect(styled(document, 'AgoraAlternative')).toEqual([`Alt. 1\t${TEXT.op7alt}`]);
    expect(styled(document, 'Heading1')).toEqual([
      'Objective 1: Collect and utilize accurate and disaggregated data as a basis for evidence-based policies',
      'Objective 15: Provide access to basic services for migrants',
      'Objective 16: Empower migrants and societies to realize full inclusion and social cohesion',
      'Objective 23: Strengthen international cooperation and global partnerships for safe, orderly and regular migration',
    ]);
  });

  it('prints the UN-style front matter', async () => {
    const texts = paragraphTexts((await docxOf(revision1(), 'docx')).document);
    expect(texts.slice(0, 6)).toEqual([
      'Global Conference on Cities and Migration\tDistr.: General',
      'Mechelen, Belgium\t16 November 2017',
      '\tOriginal: English',
      'Mechelen Declaration on Cities and Migration',
      'Rev.1 of 16 November 2017',
      'Draft under negotiation — not an adopted text',
    ]);
    expect(texts).toContain(`SHA-256 of the text: ${revision1().meta.sha256}`);
  });

  it('uses Word’s own line numbering, continuous, only when asked, and only for the text', async () => {
    const numbered = await docxOf(zeroDraft(), 'docx', { lineNumbers: true });
    expect(numbered.document).toContain(
      '<w:lnNumType w:countBy="1" w:distance="340" w:restart="continuous"/>',
    );
    expect((await docxOf(zeroDraft(), 'docx')).document).not.toContain('w:lnNumType');
    const styles = await numbered.read('word/styles.xml');
    const suppressed = [...styles.matchAll(/<w:style [^>]*w:styleId="(\w+)"[\s\S]*?<\/w:style>/g)]
      .filter((s) => s[0].includes('<w:suppressLineNumbers/>'))
      .map((s) => s[1]);
    expect(suppressed).toEqual(
      expect.arrayContaining([
        'Title',
        'Heading1',
        'Heading2',
        'AgoraFront',
        'AgoraNote',
        'AgoraAnnexText',
      ]),
    );
    expect(suppressed).not.toContain('AgoraParagraph');
    expect(suppressed).not.toContain('AgoraAlternative');
  });

  it('sets the document’s language, and the drafting language on untranslated paragraphs, marked', async () => {
    const fr = await docxOf(revision1(), 'docx', { language: 'fr' });
    expect(await fr.read('word/styles.xml')).toMatch(
      /<w:docDefaults><w:rPrDefault><w:rPr>.*<w:lang w:val="fr-FR"\/>/,
    );
    expect(await fr.read('docProps/core.xml')).toContain('<dc:language>fr-FR</dc:language>');
    const paragraphs = [...fr.document.matchAll(/<w:p\b[^>]*>[\s\S]*?<\/w:p>/g)].map((m) => m[0]);
    const untranslated = paragraphs.findIndex((p) => p.includes('We will open welcome desks'));
    expect(paragraphs[untranslated]).toContain('<w:lang w:val="en-GB"/>');
    expect(paragraphTexts(paragraphs[untranslated - 1])).toEqual([
      'Non traduit — imprimé dans l’original anglais',
    ]);
    expect(paragraphs[untranslated - 1]).toContain('<w:pStyle w:val="AgoraNote"/>');
    const translated = paragraphs.find((p) => p.includes('des rapports annuels'))!;
    expect(translated).not.toContain('<w:lang');
    expect(paragraphTexts(fr.document)).toContain(
      'Traduction non mise à jour — imprimé dans l’original anglais',
    );
  });

  it('keeps brackets as typed and escapes what would be markup', async () => {
    const doc = revision1();
    doc.content.paragraphs[1].text =
      'Recalling <script>alert(1)</script> & "quotes" [sic]\u0001 \ud800';
    const { document } = await docxOf(doc, 'docx');
    expect(document).not.toMatch(/<script/);
    const texts = paragraphTexts(document);
    expect(texts).toContain('2.\tRecalling <script>alert(1)</script> & "quotes" [sic]');
    expect(texts).toContain(`9.\t${TEXT.op7rev}`);
    // pandoc parses the XML: a forbidden character would make it (and Word) refuse the file.
    expect(flat(await pandocText(await renderDraftVersion(doc, 'docx')))).toContain(
      'Recalling <script>alert(1)</script> & "quotes" [sic]',
    );
  });

  it('is the adopted declaration, with its provenance annex, as pandoc reads it', async () => {
    const text = flat(
      await pandocText(await renderDraftVersion(adoptedDeclaration(), 'docx', { language: 'fr' })),
    );
    for (const part of [
      'Conférence mondiale sur les villes et la migration Distr. : générale',
      'Original : anglais',
      'Déclaration de Malines sur les villes et la migration',
      'Adopté à Malines, Belgique, le 17 novembre 2017',
      '1. Nous, maires et représentants',
      '9. Nous demandons une place permanente pour les collectivités locales',
      'Annexe — Origine des paragraphes',
      'Recommandation « Local data on migration »',
      'Session : Data and evidence',
      'Votes : 21 pour, 3 contre, 2 abstentions',
      'Auteurs : Urząd Miasta Łodzi; Ville de Montréal',
      'Décision : Adopté par vote',
    ]) {
      expect(text.includes(part) ? part : `missing: ${part}`).toBe(part);
    }
    expect(text.indexOf('1. Nous, maires')).toBeLessThan(text.indexOf('Annexe — Origine'));
    expect(text).not.toMatch(/Projet en cours de négociation/);
  });

  it('is a complete package, dated from the document', async () => {
    const { zip, read } = await docxOf(adoptedDeclaration(), 'docx');
    expect(Object.keys(zip.files).sort()).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/app.xml',
      'docProps/core.xml',
      'word/_rels/document.xml.rels',
      'word/document.xml',
      'word/footer1.xml',
      'word/header1.xml',
      'word/settings.xml',
      'word/styles.xml',
    ]);
    const core = await read('docProps/core.xml');
    expect(core).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2017-11-17T00:00:00Z</dcterms:created>',
    );
    expect(core).toContain('<dc:title>Mechelen Declaration on Cities and Migration</dc:title>');
    for (const entry of Object.values(zip.files)) {
      expect([entry.date.getFullYear(), entry.date.getMonth(), entry.date.getDate()]).toEqual([
        2017, 10, 17,
      ]);
    }
    expect(await read('word/footer1.xml')).toMatch(
      /<w:fldSimple w:instr=" PAGE ">[\s\S]*<w:fldSimple w:instr=" NUMPAGES ">/,
    );
    expect(await read('word/settings.xml')).toContain(
      '<w:compatSetting w:name="compatibilityMode"',
    );
  });
});
