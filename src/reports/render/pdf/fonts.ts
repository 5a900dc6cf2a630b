/**
 * DejaVu Sans, embedded (subset) in every PDF: the 14 standard PDF fonts only cover Latin-1,
 * so names such as Łódź, İstanbul or Főváros would print as garbage without it. The files are
 * found through the package, so the same code works from src (tests) and from dist.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const FONT = {
  regular: 'DejaVuSans',
  bold: 'DejaVuSans-Bold',
  italic: 'DejaVuSans-Oblique',
  mono: 'DejaVuSansMono',
  arabic: 'NotoNaskhArabic-Regular',
  arabicBold: 'NotoNaskhArabic-Bold',
  cjk: 'NotoSansHans-Regular',
  cjkBold: 'NotoSansHans-Bold',
  /** DejaVu Sans Condensed: only brackets mirrored in right-to-left text (see pdf/scripts.ts). */
  mirrored: 'DejaVuSansCondensed',
} as const;

export type FontName = (typeof FONT)[keyof typeof FONT];

/**
 * Arabic and Chinese (issue 16): Noto Naskh Arabic and the GB 2312 subset of Noto Sans SC
 * ("Noto Sans Hans"), SIL Open Font Licence, from the @embedpdf font packages. pdfkit embeds
 * only the glyphs used, and reads a file only when a document prints that script.
 */
const SCRIPT_FONTS: Partial<Record<FontName, string>> = {
  [FONT.arabic]: '@embedpdf/fonts-arabic',
  [FONT.arabicBold]: '@embedpdf/fonts-arabic',
  [FONT.cjk]: '@embedpdf/fonts-sc',
  [FONT.cjkBold]: '@embedpdf/fonts-sc',
};

export function fontPath(name: FontName): string {
  if (name === FONT.mirrored)
    return require.resolve('dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf');
  const pkg = SCRIPT_FONTS[name];
  if (!pkg) return require.resolve(`dejavu-fonts-ttf/ttf/${name}.ttf`);
  // The packages export no font paths: the files sit beside their dist/ folder.
  const extension = pkg.endsWith('-sc') ? 'otf' : 'ttf';
  return join(dirname(require.resolve(pkg)), '..', 'fonts', `${name}.${extension}`);
}

const cache = new Map<FontName, Buffer>();

/** A font file, read once per process (DejaVu 1.5 MB, the Chinese font 8 MB a weight). */
export function fontFile(name: FontName): Buffer {
  let file = cache.get(name);
  if (!file) {
    file = readFileSync(fontPath(name));
    cache.set(name, file);
  }
  return file;
}

/** Every font file by name; the script fonts are read on first use through `fontFile`. */
export function fontFiles(): Map<FontName, Buffer> {
  return new Map(
    Object.values(FONT)
      .filter((name) => !SCRIPT_FONTS[name] && name !== FONT.mirrored)
      .map((name) => [name, fontFile(name)]),
  );
}
