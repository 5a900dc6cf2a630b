import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { outcomeFixture } from '../../../test/fixtures/reports/outcome-document.fixture';
import { catalogueFor } from '../i18n';
import type { Language, LanguageVersionRef, OutcomeDocument } from '../outcome-document';
import { renderDocx } from './docx';
import { renderHtml } from './html';
import { renderMarkdown } from './markdown';
import { renderPdf } from './pdf';

const LANGUAGES: Language[] = ['en', 'fr', 'es', 'ar', 'zh', 'ru'];
const CONTENT = 'c0ffee'.padEnd(64, '0');
const folder = mkdtempSync(join(tmpdir(), 'agora-language-versions-'));
/** pdftotext's text without bidi marks, white space made single. */
const pdfText = (file: string) =>
  execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ');

/** Two other languages, one in another script and direction than the document's. */
function others(language: Language): LanguageVersionRef[] {
  const pair: Language[] = language === 'ar' ? ['en', 'zh'] : ['ar', 'ru'];
  return pair.map((other, i) => ({ language: other, version: i + 3 }));
}

describe.each(LANGUAGES)('the %s document names its language versions', (language) => {
  const t = catalogueFor(language);
  const doc: OutcomeDocument = outcomeFixture(language);
  doc.meta.contentSha256 = CONTENT;
  doc.meta.languageVersions = others(language);
  const line = `${t.titleBlock.languageVersions}${t.colon} ${others(language)
    .map((v) => t.languageVersion(t.languageNames[v.language], v.version))
    .join(t.listSeparator)}`;

  it('in Markdown and HTML, with the content fingerprint', () => {
    const md = renderMarkdown(doc).toString('utf8');
    expect(md).toContain(line);
    expect(md).toContain(`${t.titleBlock.contentSha256}${t.colon} \`${CONTENT}\``);
    const html = renderHtml(doc).toString('utf8');
    expect(html).toContain(line);
    expect(html).toContain(`<code>${CONTENT}</code>`);
  });

  it('in DOCX', async () => {
    const xml = await (
      await JSZip.loadAsync(renderDocx(doc))
    )
      .file('word/document.xml')!
      .async('string');
    expect(xml).toContain(line);
    expect(xml).toContain(CONTENT);
  });

  it('in PDF, as text in logical order', async () => {
    const file = join(folder, `outcome.${language}.pdf`);
    writeFileSync(file, await renderPdf(doc));
    const text = pdfText(file);
    expect(text).toContain(CONTENT);
    expect(text).toContain(t.titleBlock.languageVersions);
    for (const v of others(language)) expect(text).toContain(t.languageNames[v.language]);
  });
});

describe('a document compiled before language versions were recorded', () => {
  it('prints neither the content fingerprint nor a list of language versions', () => {
    const t = catalogueFor('en');
    const md = renderMarkdown(outcomeFixture('en')).toString('utf8');
    expect(md).not.toContain(t.titleBlock.contentSha256);
    expect(md).not.toContain(t.titleBlock.languageVersions);
  });
});
