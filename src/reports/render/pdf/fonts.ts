/**
 * DejaVu Sans, embedded (subset) in every PDF: the 14 standard PDF fonts only cover Latin-1,
 * so names such as Łódź, İstanbul or Főváros would print as garbage without it. The files are
 * found through the package, so the same code works from src (tests) and from dist.
 */
import { readFileSync } from 'node:fs';

export const FONT = {
  regular: 'DejaVuSans',
  bold: 'DejaVuSans-Bold',
  italic: 'DejaVuSans-Oblique',
  mono: 'DejaVuSansMono',
} as const;

export type FontName = (typeof FONT)[keyof typeof FONT];

let cache: Map<FontName, Buffer> | null = null;

/** The font files, read once per process: they weigh 1.5 MB together. */
export function fontFiles(): Map<FontName, Buffer> {
  if (!cache) {
    cache = new Map(
      Object.values(FONT).map((name) => [
        name,
        readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${name}.ttf`)),
      ]),
    );
  }
  return cache;
}
