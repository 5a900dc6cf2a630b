import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { outcomeFixture } from '../../../test/fixtures/reports/outcome-document.fixture';
import type { Language, OutcomeDocument } from '../outcome-document';
import { renderDocx } from './docx';
import { renderHtml } from './html';
import { renderPdf } from './pdf';

const LANGUAGES: Language[] = ['en', 'fr', 'es', 'ar', 'zh', 'ru'];

/** Recommendations as delegates write them: in their own script, and mixed. */
const TEXTS = {
  arabic: 'ينبغي للمدن (والحكومات المحلية) أن تشارك في الاتفاق العالمي من أجل الهجرة',
  chinese: '城市应参与安全、有序和正常移民全球契约的执行工作（地方政府）',
  russian: 'Города должны участвовать в осуществлении Глобального договора о миграции',
  mixed: 'La ville de مشلن (Belgique) accueille la conférence',
};

function withScripts(language: Language): OutcomeDocument {
  const doc = outcomeFixture(language);
  const recommendations = doc.chapters.flatMap((c) => c.recommendations);
  recommendations[0].title = TEXTS.arabic;
  recommendations[0].body = TEXTS.arabic;
  recommendations[1].title = TEXTS.chinese;
  recommendations[1].body = TEXTS.chinese;
  recommendations[2].body = TEXTS.russian;
  recommendations[3].body = TEXTS.mixed;
  return doc;
}

const folder = mkdtempSync(join(tmpdir(), 'agora-scripts-'));
const poppler = (tool: string, file: string) =>
  execFileSync(tool, tool === 'pdftotext' ? [file, '-'] : [file], { encoding: 'utf8' });
/** pdftotext's text with its bidi marks removed and white space made single. */
const plain = (text: string) =>
  text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, ' ');

describe.each(LANGUAGES)(
  'the outcome document in %s, with Arabic, Chinese, Russian and mixed recommendations',
  (language) => {
    const doc = withScripts(language);
    let file: string;

    beforeAll(async () => {
      file = join(folder, `outcome.${language}.pdf`);
      writeFileSync(file, await renderPdf(doc));
    });

    it('PDF: pdftotext returns the texts in logical order, spaces, brackets and ligatures kept', () => {
      const text = plain(poppler('pdftotext', file));
      // Arabic: words in order with their spaces, the lam-alef ligature and the brackets as written.
      expect(text).toContain(TEXTS.arabic);
      expect(text).toContain(TEXTS.russian);
      // poppler lays a whole line of an Arabic page out right to left, so a Chinese paragraph's
      // closing bracket comes back first there; the characters themselves come back in order.
      expect(text).toContain(language === 'ar' ? TEXTS.chinese.slice(0, 26) : TEXTS.chinese);
      // In a left-to-right sentence poppler files the bracket after an Arabic word with that word.
      expect(text).toContain('La ville de');
      expect(text).toContain('مشلن');
      expect(text).toContain('Belgique) accueille la conférence');
      expect(text).not.toContain('\ufffd');
    });

    it('PDF: embedded, subset fonts for Latin and Cyrillic, Arabic and Chinese', () => {
      const fonts = poppler('pdffonts', file)
        .split('\n')
        .slice(2)
        .filter(Boolean)
        .map((line) => line.split(/\s+/));
      const embedded = (name: string) =>
        fonts.some(
          ([font, ...rest]) => font.includes(name) && rest.slice(-5, -3).join(' ') === 'yes yes',
        );
      expect(['DejaVuSans', 'NotoNaskhArabic', 'NotoSansHans'].filter((f) => !embedded(f))).toEqual(
        [],
      );
    });

    it('DOCX: w:lang carries the East Asian and bidi slots, right to left where Arabic', async () => {
      const zip = await JSZip.loadAsync(renderDocx(doc));
      const styles = await zip.file('word/styles.xml')!.async('string');
      if (language === 'ar') {
        expect(styles).toMatch(/<w:lang w:val="ar" w:bidi="ar"\/>/);
        expect(styles).toContain('<w:bidi/>');
        expect(styles).toContain('<w:rtl/>');
      } else if (language === 'zh') {
        expect(styles).toMatch(/<w:lang w:val="zh-CN" w:eastAsia="zh-CN"\/>/);
      } else {
        expect(styles).not.toContain('<w:bidi/>');
      }
      const docxFile = join(folder, `outcome.${language}.docx`);
      writeFileSync(docxFile, renderDocx(doc));
      const text = plain(execFileSync('pandoc', [docxFile, '-t', 'plain'], { encoding: 'utf8' }));
      for (const sample of Object.values(TEXTS)) expect(text).toContain(sample);
    });

    it('HTML: lang and dir on the document', () => {
      const html = renderHtml(doc).toString();
      expect(html).toContain(`dir="${language === 'ar' ? 'rtl' : 'ltr'}"`);
    });
  },
);
