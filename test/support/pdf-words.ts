/**
 * Text in several scripts for the tests of both PDF renderers, and what poppler reads back from
 * such a PDF: the word boxes of `pdftotext -bbox` (where each word is drawn), and the text with
 * poppler's bidi marks removed.
 */
import { execFileSync } from 'node:child_process';

/** Texts as delegates write them: in their own script, and mixed. */
export const SCRIPT_SAMPLES = {
  arabic: 'ينبغي للمدن (والحكومات المحلية) أن تشارك في الاتفاق العالمي من أجل الهجرة',
  chinese: '城市应参与安全、有序和正常移民全球契约的执行工作（地方政府）',
  russian: 'Города должны участвовать в осуществлении Глобального договора о миграции',
  mixed: 'La ville de مشلن (Belgique) accueille la conférence',
  /** The other direction: a Latin name inside an Arabic sentence. */
  mixedRtl: 'تستضيف مدينة Mechelen المؤتمر',
} as const;

export interface WordBox {
  page: number;
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
}

/** Where the right margin of an A4 page (595.28 pt, 62 pt margins) ends. */
export const RIGHT_MARGIN = 595.28 - 62 + 0.5;

/** Every word pdftotext finds in the file, with its page and box. */
export function wordBoxes(file: string): WordBox[] {
  const xml = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  return xml.split('<page ').flatMap((page, index) =>
    [
      ...page.matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g,
      ),
    ].map((m) => ({
      page: index,
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      text: m[4],
    })),
  );
}

const CJK = /[\u4e00-\u9fff]/;

/** The word, or a Chinese run starting with it; -bbox gives an Arabic word's letters reversed. */
export const isWord = (w: WordBox, word: string): boolean =>
  w.text === word ||
  [...w.text].reverse().join('') === word ||
  (CJK.test(word) && w.text.startsWith(word));

export const sameLine = (a: WordBox, b: WordBox): boolean =>
  a.page === b.page && Math.abs(a.yMin - b.yMin) < 4;

/** pdftotext's text with its bidi marks removed and white space made single. */
export const plainText = (text: string): string =>
  text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, ' ');
