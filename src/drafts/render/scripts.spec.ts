import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  scriptRevision1,
  scriptZeroDraft,
  SCRIPT_TEXT,
} from '../../../test/fixtures/drafts/scripts.fixture';
import { pdfColourCounts, pdfFonts, pdfText } from '../../../test/fixtures/drafts/tools';
import {
  isWord,
  plainText,
  RIGHT_MARGIN,
  sameLine,
  wordBoxes,
  type WordBox,
} from '../../../test/support/pdf-words';
import type { Language } from '../draft-document';
import { COLOUR } from './pdf/layout';
import { lineRanges } from './text';
import { renderDraftComparison, renderDraftVersion } from '.';

const folder = mkdtempSync(join(tmpdir(), 'agora-draft-scripts-'));
const LEFT_MARGIN = 72;
/** A right-to-left paragraph's text ends here: the number's indent from the right margin. */
const RTL_TEXT_EDGE = RIGHT_MARGIN - 0.5 - 30;
const COMPARED_RTL_TEXT_EDGE = RIGHT_MARGIN - 0.5 - 46;

/** Letters only: poppler breaks Chinese lines where the PDF does, and adds spaces there. */
const letters = (text: string) => text.replace(/\s+/g, '');

/** A word as written: -bbox gives an Arabic word's letters in visual order. */
const asWritten = (w: WordBox) =>
  /[\u0600-\u06ff]/.test(w.text) ? [...w.text].reverse().join('') : w.text;

/**
 * The lines of a right-to-left paragraph, from the one holding its first word to the one holding
 * its last, each line's words right to left (its reading order); labels and line numbers left out.
 */
function rtlLines(words: WordBox[], text: string, edge: number): WordBox[][] {
  const all = text.split(' ');
  const start = words.find((w) => isWord(w, all[0]));
  const end = words.find(
    (w) =>
      isWord(w, all[all.length - 1]) &&
      start !== undefined &&
      w.page === start.page &&
      w.yMin >= start.yMin - 4,
  );
  if (!start || !end) throw new Error(`not found: ${text}`);
  const lines: WordBox[][] = [];
  for (const word of words) {
    if (word.page !== start.page || word.yMin < start.yMin - 4 || word.yMin > end.yMin + 4)
      continue;
    if (word.xMin < LEFT_MARGIN - 1 || word.xMax > edge + 1) continue;
    const line = lines.find((l) => sameLine(l[0], word));
    if (line) line.push(word);
    else lines.push([word]);
  }
  return lines
    .sort((x, y) => x[0].yMin - y[0].yMin)
    .map((line) => line.sort((x, y) => y.xMax - x.xMax));
}

const right = (line: WordBox[]) => Math.max(...line.map((w) => w.xMax));
const left = (line: WordBox[]) => Math.min(...line.map((w) => w.xMin));

type Kind = 'version' | 'numbered' | 'comparison';

/** The drafting and printing language: an Arabic draft is a right-to-left document. */
describe.each<Language>(['en', 'ar'])(
  'drafting-room PDFs in %s, text in every script',
  (language) => {
    const files = {} as Record<Kind, string>;
    const pdfs = {} as Record<Kind, Buffer>;

    beforeAll(async () => {
      pdfs.version = await renderDraftVersion(scriptRevision1(language), 'pdf', { language });
      pdfs.numbered = await renderDraftVersion(scriptRevision1(language), 'pdf', {
        language,
        lineNumbers: true,
      });
      pdfs.comparison = await renderDraftComparison(
        scriptZeroDraft(language),
        scriptRevision1(language),
        'pdf',
        { language },
      );
      for (const kind of Object.keys(pdfs) as Kind[]) {
        files[kind] = join(folder, `${kind}.${language}.pdf`);
        writeFileSync(files[kind], pdfs[kind]);
      }
    });

    it('version: pdftotext returns the texts in logical order, spaces and brackets kept', async () => {
      const text = plainText(await pdfText(pdfs.version));
      expect(text).toContain(SCRIPT_TEXT.arabicRev);
      expect(text).toContain(SCRIPT_TEXT.russianRev);
      expect(letters(text)).toContain(letters(SCRIPT_TEXT.chineseRev));
      expect(letters(text)).toContain(letters(SCRIPT_TEXT.chineseLong));
      // A left-to-right sentence: poppler files the bracket after an Arabic word with that word.
      expect(text).toContain('La ville de');
      expect(text).toContain('مشلن');
      expect(text).toContain('Belgique) accueille la deuxième conférence');
      expect(text).not.toContain('\ufffd');
    });

    it('version: a long Arabic paragraph reads right to left, line after line, every word kept', () => {
      // poppler rebuilds a line with an Arabic comma (a neutral for it) in an order of its own,
      // so the boxes show the order the words are drawn in.
      const lines = rtlLines(wordBoxes(files.version), SCRIPT_TEXT.arabicLong, RTL_TEXT_EDGE);
      expect(lines.length).toBeGreaterThanOrEqual(3);
      expect(lines.flat().map(asWritten).join(' ')).toBe(SCRIPT_TEXT.arabicLong);
    });

    it('version: a Latin name inside an Arabic sentence sits between its Arabic neighbours', () => {
      const lines = rtlLines(wordBoxes(files.version), SCRIPT_TEXT.mixedRtlRev, RTL_TEXT_EDGE);
      expect(lines).toHaveLength(1);
      expect(lines[0].map(asWritten).join(' ')).toBe(SCRIPT_TEXT.mixedRtlRev);
    });

    it('embeds subset Arabic and Chinese fonts beside DejaVu', async () => {
      for (const pdf of [pdfs.version, pdfs.comparison]) {
        const fonts = await pdfFonts(pdf);
        expect(fonts).toMatch(/\+NotoNaskhArabic\s+CID TrueType\s+Identity-H\s+yes yes yes/);
        expect(fonts).toMatch(/\+NotoSansHans-Regular\s+CID Type 0C\s+Identity-H\s+yes yes yes/);
        expect(fonts).toMatch(/\+DejaVuSerif\s+CID TrueType\s+Identity-H\s+yes yes yes/);
        for (const line of fonts.trim().split('\n').slice(2)) expect(line).toMatch(/yes yes yes/);
      }
    });

    it('right-aligns an Arabic paragraph, its number in the right-hand indent', () => {
      const words = wordBoxes(files.version);
      const lines = rtlLines(words, SCRIPT_TEXT.arabicLong, RTL_TEXT_EDGE);
      for (const line of lines) expect(Math.abs(right(line) - RTL_TEXT_EDGE)).toBeLessThan(1);
      // The last, short line ends at the right too: it starts far from the left margin.
      expect(left(lines[lines.length - 1])).toBeGreaterThan(LEFT_MARGIN + 150);
      // "5." read right to left, at the right margin.
      const number = words.find((w) => w.text === '.5' && sameLine(w, lines[0][0]));
      expect(number?.xMin).toBeGreaterThan(RTL_TEXT_EDGE + 10);
      expect(number!.xMax).toBeLessThanOrEqual(RIGHT_MARGIN);
    });

    it('numbers the lines of every script, in the margin on the document’s side', async () => {
      const words = wordBoxes(files.numbered);
      const numbers = words
        .filter((w) => (language === 'ar' ? w.xMin > RIGHT_MARGIN : w.xMax < LEFT_MARGIN - 10))
        .sort((a, b) => a.page - b.page || a.yMin - b.yMin);
      // One number a line, counted through the document.
      expect(numbers.length).toBeGreaterThan(15);
      expect(numbers.map((n) => Number(n.text))).toEqual(numbers.map((_, i) => i + 1));
      // The Arabic paragraph cut by count as HTML and Markdown cut it, each line numbered.
      const arabic = rtlLines(words, SCRIPT_TEXT.arabicLong, RTL_TEXT_EDGE);
      expect(arabic).toHaveLength(lineRanges(SCRIPT_TEXT.arabicLong).length);
      for (const line of arabic)
        // The number's smaller type starts lower than the Arabic line's tall letters.
        expect(
          numbers.some((n) => n.page === line[0].page && Math.abs(n.yMin - line[0].yMin - 4) < 3),
        ).toBe(true);
      expect(arabic.flat().map(asWritten).join(' ')).toBe(SCRIPT_TEXT.arabicLong);
      const text = letters(plainText(await pdfText(pdfs.numbered)));
      for (const sample of [SCRIPT_TEXT.chineseLong, SCRIPT_TEXT.russianRev])
        expect(text).toContain(letters(sample));
    });

    it('comparison: inserted and deleted words of every script stay text, in order', async () => {
      const text = plainText(await pdfText(pdfs.comparison));
      // Deleted (العالمي) and inserted (والإقليمية) words both read, where they stand.
      expect(text).toContain(
        'ينبغي للمدن (والحكومات المحلية والإقليمية) أن تشارك في الاتفاق العالمي من أجل الهجرة',
      );
      expect(text).toContain(SCRIPT_TEXT.russianRev);
      expect(letters(text)).toContain(letters(SCRIPT_TEXT.chineseRev));
      expect(text).toContain('Belgique) accueille la deuxième conférence');
      const words = wordBoxes(files.comparison);
      const sentence = rtlLines(words, SCRIPT_TEXT.mixedRtlRev, COMPARED_RTL_TEXT_EDGE);
      expect(sentence.flat().map(asWritten).join(' ')).toBe(SCRIPT_TEXT.mixedRtlRev);
    });

    it('comparison: underlines the inserted Arabic word in green, strikes the deleted one in red', async () => {
      const words = wordBoxes(files.comparison);
      const line = rtlLines(words, SCRIPT_TEXT.arabic, COMPARED_RTL_TEXT_EDGE)[0];
      expect(Math.abs(right(line) - COMPARED_RTL_TEXT_EDGE)).toBeLessThan(1);
      /** The box of the word on that line, down to its underline. */
      const box = (part: string) => {
        // poppler may glue a bracket to a word, or split one where its colour changes.
        const found = line.find((w) => asWritten(w).includes(part));
        if (!found) throw new Error(`no ${part} on the line`);
        return { ...found, yMax: found.yMin + 22 };
      };
      const colours = { inserted: COLOUR.inserted, deleted: COLOUR.deleted };
      const inserted = await pdfColourCounts(pdfs.comparison, colours, box('الإقليمية'));
      const deleted = await pdfColourCounts(pdfs.comparison, colours, box('العالم'));
      const unchanged = await pdfColourCounts(pdfs.comparison, colours, box('ينبغي'));
      expect(inserted.inserted).toBeGreaterThan(20);
      expect(inserted.deleted).toBe(0);
      expect(deleted.deleted).toBeGreaterThan(20);
      expect(deleted.inserted).toBe(0);
      expect(unchanged).toEqual({ inserted: 0, deleted: 0 });
    });

    it('is reproducible: the same drafts give the same bytes', async () => {
      const again = await renderDraftComparison(
        scriptZeroDraft(language),
        scriptRevision1(language),
        'pdf',
        { language },
      );
      expect(again.equals(pdfs.comparison)).toBe(true);
    });
  },
);
