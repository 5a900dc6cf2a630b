/**
 * The PDF's typefaces, and the one place that says which fonts draw a face: DejaVu (embedded,
 * subset by pdfkit) for Latin, Greek and Cyrillic, and per script the shared Arabic and Chinese
 * fonts (`src/common/pdf/fonts.ts`). Runs of text are split by script in
 * `src/common/pdf/scripts.ts`; every text the drafting room's PDFs draw goes through `fontsFor`.
 */
import { registerFonts as registerFontFiles, SCRIPT_FONT } from '../../../common/pdf/fonts';
import type { ScriptFonts } from '../../../common/pdf/scripts';

export type Face =
  'serif' | 'serifBold' | 'serifItalic' | 'serifBoldItalic' | 'sans' | 'sansBold' | 'mono';

const DEJAVU: Record<Face, string> = {
  serif: 'DejaVuSerif',
  serifBold: 'DejaVuSerif-Bold',
  serifItalic: 'DejaVuSerif-Italic',
  serifBoldItalic: 'DejaVuSerif-BoldItalic',
  sans: 'DejaVuSans',
  sansBold: 'DejaVuSans-Bold',
  mono: 'DejaVuSansMono',
};

const BOLD: ReadonlySet<Face> = new Set(['serifBold', 'serifBoldItalic', 'sansBold']);

/**
 * DejaVu Serif Condensed draws only the brackets mirrored in right-to-left text, so that its
 * ToUnicode can give back the bracket as written (see `orderForExtraction`).
 */
export const MIRRORED_FONT = 'DejaVuSerifCondensed';

/** The fonts that draw `face`: its DejaVu face, and (no italics there) the scripts' weights. */
export function fontsFor(face: Face): ScriptFonts {
  const bold = BOLD.has(face);
  return {
    base: DEJAVU[face],
    arabic: bold ? SCRIPT_FONT.arabicBold : SCRIPT_FONT.arabic,
    cjk: bold ? SCRIPT_FONT.cjkBold : SCRIPT_FONT.cjk,
  };
}

export function registerFonts(doc: PDFKit.PDFDocument): void {
  registerFontFiles(doc, [...Object.values(DEJAVU), MIRRORED_FONT]);
}
