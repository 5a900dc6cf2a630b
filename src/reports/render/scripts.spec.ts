import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { outcomeFixture } from '../../../test/fixtures/reports/outcome-document.fixture';
import { catalogueFor } from '../i18n';
import type { Language, OutcomeDocument } from '../outcome-document';
import { renderDocx } from './docx';
import { renderHtml } from './html';
import { renderPdf } from './pdf';
import {
  isWord,
  plainText,
  RIGHT_MARGIN,
  sameLine,
  SCRIPT_SAMPLES,
  wordBoxes,
} from '../../../test/support/pdf-words';

const LANGUAGES: Language[] = ['en', 'fr', 'es', 'ar', 'zh', 'ru'];

const TEXTS = SCRIPT_SAMPLES;

function withScripts(language: Language): OutcomeDocument {
  const doc = outcomeFixture(language);
  const recommendations = doc.chapters.flatMap((c) => c.recommendations);
  recommendations[0].title = TEXTS.arabic;
  recommendations[0].body = TEXTS.arabic;
  recommendations[1].title = TEXTS.chinese;
  recommendations[1].body = TEXTS.chinese;
  recommendations[2].body = TEXTS.russian;
  recommendations[3].body = TEXTS.mixed;
  recommendations[4].body = TEXTS.mixedRtl;
  return doc;
}

const folder = mkdtempSync(join(tmpdir(), 'agora-scripts-'));
const poppler = (tool: string, file: string) =>
  execFileSync(tool, tool === 'pdftotext' ? [file, '-'] : [file], { encoding: 'utf8' });

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
      const text = plainText(poppler('pdftotext', file));
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

    it('PDF: a Latin name inside an Arabic sentence sits between its Arabic neighbours', () => {
      // pdftotext rebuilds such a line in an order of its own; the boxes show where it is drawn.
      const words = wordBoxes(file);
      const name = words.find(
        (w) => isWord(w, 'Mechelen') && words.some((n) => isWord(n, 'مدينة') && sameLine(n, w)),
      )!;
      const [first, second, last] = ['تستضيف', 'مدينة', 'المؤتمر'].map((word) =>
        words.find((w) => isWord(w, word) && sameLine(w, name))!,
      );
      expect([first, second, name, last].every(Boolean)).toBe(true);
      // Right to left: the first word rightmost, the name after the second, the last leftmost.
      expect(first.xMin).toBeGreaterThan(second.xMax);
      expect(second.xMin).toBeGreaterThan(name.xMax);
      expect(name.xMin).toBeGreaterThan(last.xMax);
    });

    it('PDF: the consensus mark starts its line, at the right margin in Arabic', () => {
      const t = catalogueFor(language);
      const words = wordBoxes(file);
      // pdftotext -bbox gives an Arabic word's letters in visual order, hence the reversal.
      const markWord = t.consensus.broad.split(' ').at(-1)!;
      const tallyWord = t.tally.support.split(' ').at(-1)!;
      const pairs = words
        .filter((w) => isWord(w, markWord))
        .map((mark) => ({
          mark,
          tally: words.find(
            (w) => w.page === mark.page && Math.abs(w.yMin - mark.yMin) < 3 && isWord(w, tallyWord),
          ),
        }))
        .filter((pair) => pair.tally !== undefined);
      expect(pairs.length).toBeGreaterThan(0);
      for (const { mark, tally } of pairs) {
        if (language === 'ar') {
          expect(mark.xMin).toBeGreaterThan(tally!.xMax);
          expect(mark.xMax).toBeLessThanOrEqual(RIGHT_MARGIN);
        } else expect(mark.xMax).toBeLessThan(tally!.xMin);
      }
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
      const text = plainText(
        execFileSync('pandoc', [docxFile, '-t', 'plain'], { encoding: 'utf8' }),
      );
      for (const sample of Object.values(TEXTS)) expect(text).toContain(sample);
    });

    it('HTML: lang and dir on the document', () => {
      const html = renderHtml(doc).toString();
      expect(html).toContain(`dir="${language === 'ar' ? 'rtl' : 'ltr'}"`);
    });
  },
);
