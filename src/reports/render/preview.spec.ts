import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { outcomeFixture } from '../../../test/fixtures/reports/outcome-document.fixture';
import { readPdf } from '../../../test/fixtures/reports/pdf-text';
import { REPORT_FORMAT_NAMES, REPORT_FORMATS, renderOutcomeDocument } from '.';

/**
 * Writes the fixture in every format to a folder, for people to open and look at:
 * `REPORT_PREVIEW_DIR=/tmp/preview npx jest src/reports/render/preview` keeps the files and
 * adds PNG images of the first PDF pages (with pdftoppm when installed, else with pdf.js).
 * Without the variable the files go to a temporary folder that is removed afterwards.
 */
function hasPdftoppm(): boolean {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

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
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '80',
        '-f',
        '1',
        '-l',
        '3',
        pdf,
        join(folder, 'page'),
      ]);
      expect(existsSync(join(folder, 'page-1.png'))).toBe(true);
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
