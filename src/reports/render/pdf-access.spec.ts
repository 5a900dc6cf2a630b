import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { outcomeFixture } from '../../../test/fixtures/reports/outcome-document.fixture';
import {
  readObjects,
  resolve,
  unmarkedOperators,
  type PdfObject,
} from '../../../test/fixtures/reports/pdf-objects';
import type { Language } from '../outcome-document';
import { renderPdf } from './pdf';

/**
 * The outcome PDF read as an accessibility checker would (issue 17, PDF/UA-1's machine-checkable
 * rules that poppler and the file itself let us check): tagged, its structure tree holding the
 * headings, tables, lists and the contents, every drawing either tagged or an artifact, links
 * that go to destinations the file has, the title and language declared.
 */
const folder = mkdtempSync(join(tmpdir(), 'agora-pdf-access-'));
const pdfinfo = (...args: string[]) => execFileSync('pdfinfo', args, { encoding: 'utf8' });

interface Rendered {
  file: string;
  bytes: Buffer;
  objects: Map<number, PdfObject>;
}
const rendered = new Map<Language, Promise<Rendered>>();
function render(language: Language): Promise<Rendered> {
  if (!rendered.has(language)) {
    rendered.set(
      language,
      renderPdf(outcomeFixture(language)).then((bytes) => {
        const file = join(folder, `outcome.${language}.pdf`);
        writeFileSync(file, bytes);
        return { file, bytes, objects: readObjects(bytes) };
      }),
    );
  }
  return rendered.get(language)!;
}

/** The structure tree as `pdfinfo -struct-text` prints it: `type "text"` per element with text. */
function structure(file: string): Array<{ depth: number; type: string; text: string }> {
  const lines = pdfinfo('-struct-text', file).split('\n');
  const elements: Array<{ depth: number; type: string; text: string }> = [];
  for (const line of lines) {
    const element = /^( *)([A-Za-z0-9]+)(?: \((?:block|inline)\))?:?$/.exec(line);
    if (element) elements.push({ depth: element[1].length / 2, type: element[2], text: '' });
    const text = /^ *"(.*)"$/.exec(line);
    if (text && elements.length > 0) elements[elements.length - 1].text += text[1];
  }
  return elements;
}

const linkAnnotations = (objects: Map<number, PdfObject>) =>
  [...objects.values()].filter((o) => /\/Subtype \/Link\b/.test(o.dict));

describe('the outcome PDF for a reader with assistive technology', () => {
  it('is PDF 1.7, tagged, with its title shown, its language, and PDF/UA metadata', async () => {
    const { file, objects } = await render('en');
    const info = pdfinfo(file);
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    expect(info).toMatch(/^PDF version:\s+1\.7$/m);
    expect(info).toMatch(/^Metadata Stream:\s+yes$/m);
    const meta = pdfinfo('-meta', file);
    expect(meta).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(meta).toMatch(
      /<dc:title>\s*<rdf:Alt>\s*<rdf:li xml:lang="x-default">Global Conference on Cities and Migration<\/rdf:li>/,
    );
    const catalog = [...objects.values()].find((o) => /\/Type \/Catalog\b/.test(o.dict))!;
    expect(catalog.dict).toMatch(/\/Lang \(en-GB\)/);
    expect(resolve(objects, /\/MarkInfo (\d+ 0 R)/.exec(catalog.dict)![1]).dict).toMatch(
      /\/Marked true/,
    );
    expect(resolve(objects, /\/ViewerPreferences (\d+ 0 R)/.exec(catalog.dict)![1]).dict).toMatch(
      /\/DisplayDocTitle true/,
    );
  });

  it('holds the parts as H1, the recommendations as H2, in reading order', async () => {
    const { file } = await render('en');
    const tree = structure(file);
    expect(tree[0]).toMatchObject({ depth: 0, type: 'Document' });
    const headings = (type: string) => tree.filter((e) => e.type === type).map((e) => e.text);
    expect(headings('H1')).toEqual([
      'Global Conference on Cities and Migration',
      'Contents',
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
    const h2 = headings('H2');
    expect(h2).toContain(
      'Recommendation 1. Produce local, disaggregated data on migrant residents',
    );
    // Every heading level is one below the one before it, never two (PDF/UA: no skipped level).
    const levels = tree.filter((e) => /^H\d$/.test(e.type)).map((e) => Number(e.type[1]));
    levels.forEach((level, i) => expect(level).toBeLessThanOrEqual((levels[i - 1] ?? 0) + 1));
    // Each part is a section: its H1 first.
    const sections = tree.filter((e, i) => e.type === 'Sect' && tree[i + 1]?.type === 'H1');
    expect(sections.length).toBe(12);
  });

  it('tags tables with header cells, lists, the chart as a figure, and the contents as a TOC', async () => {
    const { file, bytes } = await render('en');
    const tree = structure(file);
    const types = new Set(tree.map((e) => e.type));
    for (const type of [
      'Table',
      'TR',
      'TH',
      'TD',
      'Caption',
      'L',
      'LI',
      'LBody',
      'Figure',
      'TOC',
      'TOCI',
      'Link',
      'P',
    ])
      expect(types).toContain(type);
    expect(tree.filter((e) => e.type === 'TOCI')).toHaveLength(11);
    const captions = tree.filter((e) => e.type === 'Caption').map((e) => e.text);
    expect(captions).toContain('Support by constituency');
    expect(pdfinfo('-struct', file)).toMatch(/\/Scope \/Column/);
    // The figure's alternative text (pdfinfo does not print it: it is in the element's dictionary).
    expect(bytes.toString('latin1')).toContain('/S /Figure');
    expect(bytes.toString('latin1')).toMatch(/\/Alt \(Bar chart of participants by constituency\)/);
  });

  it('draws nothing outside tagged content or artifacts (running heads, rules, fills)', async () => {
    // The check itself finds a drawing left outside any sequence.
    expect(unmarkedOperators('/P <</MCID 0>> BDC BT [<0012>] TJ ET EMC 0 0 m 9 9 l S')).toEqual([
      'S',
    ]);
    for (const language of ['en', 'ar', 'zh'] as Language[]) {
      const { objects } = await render(language);
      const pages = [...objects.values()].filter((o) => /\/Type \/Page\b/.test(o.dict));
      expect(pages.length).toBeGreaterThan(10);
      for (const page of pages) {
        const content = resolve(objects, /\/Contents (\d+ 0 R)/.exec(page.dict)![1]);
        const text = content.stream!.toString('latin1');
        expect(unmarkedOperators(text)).toEqual([]);
        expect(text).toContain('/Artifact');
        // Pages tab through their annotations in structure order (PDF/UA 7.18.3).
        expect(page.dict).toMatch(/\/Tabs \/S/);
      }
    }
  });

  it('links the contents, the tallies and the cross-references to destinations that exist', async () => {
    const { file, objects } = await render('en');
    const destinations = new Set(
      [...pdfinfo('-dests', file).matchAll(/"([^"]+)"$/gm)].map((m) => m[1]),
    );
    const links = linkAnnotations(objects).map((annotation) => {
      const action = resolve(objects, /\/A (\d+ 0 R)/.exec(annotation.dict)![1]).dict;
      return {
        target: /\/D \(([^)]*)\)/.exec(action)![1],
        contents: /\/Contents \(([^)]*)\)/.exec(annotation.dict)?.[1],
        tagged: /\/StructParent \d+/.test(annotation.dict),
      };
    });
    const targets = links.map((l) => l.target);
    // The contents: one link per part; each tally line: its details in annex E; the
    // cross-references: the recommendations they name.
    for (let part = 1; part <= 11; part++) expect(targets).toContain(`part-${part}`);
    for (let n = 1; n <= 8; n++) expect(targets).toContain(`details-${n}`);
    expect(targets).toContain('recommendation-6');
    for (const link of links) {
      expect(destinations).toContain(link.target);
      expect(link.contents).toBeTruthy();
      expect(link.tagged).toBe(true);
    }
  });

  it('opens on the bookmarks, one for each part', async () => {
    const { objects } = await render('en');
    const catalog = [...objects.values()].find((o) => /\/Type \/Catalog\b/.test(o.dict))!;
    expect(catalog.dict).toMatch(/\/PageMode \/UseOutlines/);
    const outlines = resolve(objects, /\/Outlines (\d+ 0 R)/.exec(catalog.dict)![1]);
    const titles: string[] = [];
    let item = /\/First (\d+ 0 R)/.exec(outlines.dict)?.[1];
    while (item) {
      const entry = resolve(objects, item);
      titles.push(/\/Title \(([^)]*)\)/.exec(entry.dict)?.[1] ?? '?');
      expect(entry.dict).toMatch(/\/Dest \[\d+ 0 R \/Fit\]/);
      item = /\/Next (\d+ 0 R)/.exec(entry.dict)?.[1];
    }
    expect(titles).toHaveLength(11);
    expect(titles[0]).toBe('Introduction');
  });
});
