/**
 * The PDF's typefaces, and the one function that chooses a font for a piece of text. DejaVu
 * (embedded, subset by pdfkit) covers Latin, Greek and Cyrillic; the six-language work adds a
 * font per script here (Arabic, CJK) and splits runs by script in `fontFor`, and nowhere else:
 * every text the drafting room's PDFs draw goes through it.
 */
import { readFileSync } from 'node:fs';

export type Face =
  'serif' | 'serifBold' | 'serifItalic' | 'serifBoldItalic' | 'sans' | 'sansBold' | 'mono';

const FILES: Record<Face, string> = {
  serif: 'DejaVuSerif',
  serifBold: 'DejaVuSerif-Bold',
  serifItalic: 'DejaVuSerif-Italic',
  serifBoldItalic: 'DejaVuSerif-BoldItalic',
  sans: 'DejaVuSans',
  sansBold: 'DejaVuSans-Bold',
  mono: 'DejaVuSansMono',
};

let files: Map<string, Buffer> | null = null;

/** Read once per process (about 3 MB together); found through the package from src and dist. */
function fontFiles(): Map<string, Buffer> {
  if (!files) {
    files = new Map(
      Object.values(FILES).map((name) => [
        name,
        readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${name}.ttf`)),
      ]),
    );
  }
  return files;
}

export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const [name, data] of fontFiles()) doc.registerFont(name, data);
}

/** The registered font that draws `text` in `face`. */
export function fontFor(face: Face, text: string): string {
  void text;
  return FILES[face];
}
