import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { wordBoxes } from '../../../../test/support/pdf-words';
import { registerFonts } from '../../../common/pdf/fonts';
import { DEJAVU_FACES, FONT } from './fonts';
import { bufferPageContent, cacheFontLayout, collectOutput } from './pdfkit-speed';
import { TextSetter } from './text-setter';

const folder = mkdtempSync(join(tmpdir(), 'agora-text-setter-'));

function newDocument() {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 64, bottom: 70, left: 62, right: 62 },
  });
  registerFonts(doc, DEJAVU_FACES);
  const done = collectOutput(doc);
  bufferPageContent(doc);
  cacheFontLayout(doc);
  doc.font(FONT.regular).fontSize(10);
  return { doc, done, setter: new TextSetter(doc, false) };
}

const TEXT =
  'Cities should take part in the implementation of the Global Compact for Safe, Orderly and ' +
  'Regular Migration, with Łódź, İstanbul and Malines among them.';

describe('TextSetter', () => {
  it('breaks lines at spaces, none wider than the width, the words in order', () => {
    const { setter } = newDocument();
    const lines = setter.lines(TEXT, 150)!;
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(setter.width(line.trimEnd())).toBeLessThanOrEqual(150);
    expect(lines.join('')).toBe(TEXT);
    // Line feeds end lines; a final one adds no empty line, as with pdfkit.
    expect(setter.lines('one\ntwo\n', 400)).toEqual(['one', 'two']);
    expect(setter.lines('', 400)).toEqual([]);
  });

  it('leaves to pdfkit a word wider than the line, and text that needs the scripts', () => {
    const { setter } = newDocument();
    expect(setter.lines(`see https://example.org/${'a'.repeat(120)}`, 200)).toBeNull();
    expect(setter.handles('Города должны участвовать')).toBe(true);
    expect(setter.handles('ينبغي للمدن')).toBe(false);
    expect(setter.handles('城市应参与')).toBe(false);
    expect(new TextSetter(newDocument().doc, true).handles('Mechelen')).toBe(false);
  });

  it('draws text poppler reads back where it was placed, across a page break', async () => {
    const { doc, done, setter } = newDocument();
    doc.y = 740;
    setter.flow(setter.lines(TEXT, 200)!, 100, 200);
    const file = join(folder, 'flow.pdf');
    doc.end();
    writeFileSync(file, await done);
    const words = wordBoxes(file);
    expect(words.map((w) => w.text).join(' ')).toBe(TEXT);
    // (pdftotext's pages count from 1.) The first line starts at x = 100, just under y = 740,
    // and the text goes on to the second page.
    expect(words[0]).toMatchObject({ page: 1, text: 'Cities' });
    expect(words[0].xMin).toBeCloseTo(100, 0);
    expect(words[0].yMin).toBeGreaterThan(739);
    expect(words[words.length - 1].page).toBe(2);
    for (const word of words) expect(word.xMax).toBeLessThanOrEqual(300.5);
  });
});
