/**
 * The outcome document's typefaces: DejaVu Sans, and the script fonts of
 * `src/common/pdf/fonts.ts` (Arabic, Chinese), embedded (subset) in every PDF.
 */
import { SCRIPT_FONT } from '../../../common/pdf/fonts';

export const FONT = {
  regular: 'DejaVuSans',
  bold: 'DejaVuSans-Bold',
  italic: 'DejaVuSans-Oblique',
  mono: 'DejaVuSansMono',
  ...SCRIPT_FONT,
  /** DejaVu Sans Condensed: only brackets mirrored in right-to-left text (see pdf/scripts.ts). */
  mirrored: 'DejaVuSansCondensed',
} as const;

export type FontName = (typeof FONT)[keyof typeof FONT];

/** The DejaVu faces to register; the script fonts are registered by `registerFonts` itself. */
export const DEJAVU_FACES: readonly FontName[] = [
  FONT.regular,
  FONT.bold,
  FONT.italic,
  FONT.mono,
  FONT.mirrored,
];
