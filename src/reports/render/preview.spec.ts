import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { outcomeFixture } from '../../../test/fixtures/reports/outcome-document.fixture';
import { hasPdftoppm, renderPdfPages } from '../../../test/fixtures/reports/pdf-pages';
import { readPdf } from '../../../test/fixtures/reports/pdf-text';
import { REPORT_FORMAT_NAMES, REPORT_FORMATS, renderOutcomeDocument } from '.';

/**
 * Writes the fixture in every format to a folder, for people to open and look at:
 * `REPORT_PREVIEW_DIR=/tmp/preview npx jest src/reports/render/preview` keeps the files and
 * adds PNG images of the first PDF pages (with pdftoppm when installed, else with pdf.js).
 * Without the variable the files go to a temporary folder that is removed afterwards.
 */
describe('report preview', () => {
  const keep = process.env.REPORT_PREVIEW_DIR;
  const folder = keep ?? mkdtempSync(join(tmpdir(), 'agora-report-'));
  if (keep) mkdirSync(keep, { recursive: true });
  // CI checks the English files only; a person previewing gets all three languages.
  const languages = keep ? (['en', 'fr', 'es'] as const) : (['en'] as const);
  afterAll(() => {
    if (!keep) rmSync(folder, { recursive: true, force: true });
  });

  it('writes the fixture in every format, and the first PDF page as an image', async () => {
    for (const language of languages) {
      const doc = outcomeFixture(language);
      for (const format of REPORT_FORMAT_NAMES) {
        const file = join(
          folder,
          `outcome-document.${language}.${REPORT_FORMATS[format].extension}`,
        );
        writeFileSync(file, await renderOutcomeDocument(doc, format));
        expect(statSync(file).size).toBeGreaterThan(1000);
      }
    }
    const pdf = join(folder, 'outcome-document.en.pdf');
    if (hasPdftoppm()) {
      const images = renderPdfPages(pdf, [1, 2, 3], folder);
      // A PNG starts with its 8-byte signature; a page rendered as an image is more than that.
      for (const image of images) expect(statSync(image).size).toBeGreaterThan(1000);
      expect(images.map((image) => basename(image))).toEqual([
        'page-1.png',
        'page-2.png',
        'page-3.png',
      ]);
    } else if (keep) {
      const { screenshots } = await readPdf(
        await renderOutcomeDocument(outcomeFixture(), 'pdf'),
        [1, 2, 4],
      );
      screenshots.forEach((png, i) => writeFileSync(join(folder, `page-${i + 1}.png`), png));
      expect(screenshots).toHaveLength(3);
    }
  });
});
