/**
 * The font files both PDF renderers embed (the outcome document's and the drafting room's):
 * DejaVu for Latin, Greek and Cyrillic (the 14 standard PDF fonts only cover Latin-1, so Łódź or
 * İstanbul would print as garbage without it), and for Arabic and Chinese (issue 16) Noto Naskh
 * Arabic and the GB 2312 subset of Noto Sans SC ("Noto Sans Hans"), SIL Open Font Licence, from
 * the @embedpdf font packages. pdfkit embeds only the glyphs used. The files are found through
 * the packages, so the same code works from src (tests) and from dist.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The script fonts' registered names (their file names). */
export const SCRIPT_FONT = {
  arabic: 'NotoNaskhArabic-Regular',
  arabicBold: 'NotoNaskhArabic-Bold',
  cjk: 'NotoSansHans-Regular',
  cjkBold: 'NotoSansHans-Bold',
} as const;

const SCRIPT_PACKAGES: Record<string, string> = {
  [SCRIPT_FONT.arabic]: '@embedpdf/fonts-arabic',
  [SCRIPT_FONT.arabicBold]: '@embedpdf/fonts-arabic',
  [SCRIPT_FONT.cjk]: '@embedpdf/fonts-sc',
  [SCRIPT_FONT.cjkBold]: '@embedpdf/fonts-sc',
};

export const SCRIPT_FONT_NAMES: readonly string[] = Object.values(SCRIPT_FONT);

/** The file of a script font, or of a DejaVu face by its file name ("DejaVuSerif-Bold"). */
export function fontPath(name: string): string {
  const pkg = SCRIPT_PACKAGES[name];
  if (!pkg) return require.resolve(`dejavu-fonts-ttf/ttf/${name}.ttf`);
  // The packages export no font paths: the files sit beside their dist/ folder.
  const extension = pkg.endsWith('-sc') ? 'otf' : 'ttf';
  return join(dirname(require.resolve(pkg)), '..', 'fonts', `${name}.${extension}`);
}

const cache = new Map<string, Buffer>();

/** A font file, read once per process (DejaVu 0.3 to 0.7 MB a face). */
export function fontFile(name: string): Buffer {
  let file = cache.get(name);
  if (!file) {
    file = readFileSync(fontPath(name));
    cache.set(name, file);
  }
  return file;
}

/**
 * The DejaVu faces as fontkit parsed them (tables, glyphs, shaping engine), taken from the first
 * document that used each and given to every later one: parsing was a fixed cost of some 30 ms a
 * document. pdfkit takes a parsed font in place of a file and makes each document its own subset.
 */
const parsed = new Map<string, object>();

type Families = Record<string, { font?: object } | undefined>;

/**
 * Registers the fonts with one document: the DejaVu faces from memory (parsed once, see above),
 * the script fonts by path, which pdfkit reads only when the document prints that script (the
 * Chinese font is 8 MB a weight, not kept).
 */
export function registerFonts(doc: PDFKit.PDFDocument, dejaVuFaces: readonly string[]): void {
  for (const name of dejaVuFaces)
    doc.registerFont(name, (parsed.get(name) ?? fontFile(name)) as Buffer);
  for (const name of SCRIPT_FONT_NAMES) doc.registerFont(name, fontPath(name));
  doc.once('end', () => {
    const families = (doc as unknown as { _fontFamilies: Families })._fontFamilies;
    for (const name of dejaVuFaces) {
      const font = families[name]?.font;
      if (font && !parsed.has(name)) parsed.set(name, font);
    }
  });
}
