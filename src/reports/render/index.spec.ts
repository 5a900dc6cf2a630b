import JSZip from 'jszip';
import { outcomeFixture } from '../../../test/fixtures/reports/outcome-document.fixture';
import type { OutcomeDocument } from '../outcome-document';
import {
  REPORT_FORMAT_NAMES,
  REPORT_FORMATS,
  isReportFormat,
  renderOutcomeDocument,
  reportFileName,
  type ReportFormat,
} from '.';

/** Every API Jest can fake but the clock: renderers may use timers and streams freely. */
const REAL_TIMERS = [
  'hrtime',
  'nextTick',
  'performance',
  'queueMicrotask',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'requestIdleCallback',
  'cancelIdleCallback',
  'setImmediate',
  'clearImmediate',
  'setInterval',
  'clearInterval',
  'setTimeout',
  'clearTimeout',
] as const;

function emptyDocument(): OutcomeDocument {
  const doc = outcomeFixture();
  const theme = doc.chapters[0].theme;
  doc.chapters = [
    { theme, recommendations: [], crossReferences: [{ number: 9, title: 'Elsewhere' }] },
  ];
  doc.sessionSummaries = [];
  doc.annexA = [];
  doc.annexB = [];
  doc.annexC = { total: 0, byConstituency: [], byCountry: [] };
  delete doc.annexD.votingPeriod;
  return doc;
}

describe('renderOutcomeDocument', () => {
  it('has a content type and an extension for each of the six formats', () => {
    expect(REPORT_FORMAT_NAMES).toEqual(['docx', 'pdf', 'html', 'md', 'json', 'csv']);
    expect(REPORT_FORMATS.docx.contentType).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(REPORT_FORMATS.pdf).toEqual({ contentType: 'application/pdf', extension: 'pdf' });
    expect(REPORT_FORMATS.md.extension).toBe('md');
    expect(REPORT_FORMATS.csv.contentType).toBe('text/csv; charset=utf-8');
    expect(isReportFormat('html')).toBe(true);
    expect(isReportFormat('toString')).toBe(false);
    expect(isReportFormat('xlsx')).toBe(false);
  });

  it('names downloads in ASCII', () => {
    const doc = outcomeFixture('fr');
    expect(reportFileName(doc, 'pdf')).toBe(
      'conference-mondiale-sur-les-villes-et-la-migration-v2-draft.pdf',
    );
    doc.meta.title = '«»';
    expect(reportFileName(doc, 'docx')).toBe('outcome-document-v2-draft.docx');
  });

  it('dispatches to the renderer of each format', async () => {
    const doc = outcomeFixture();
    const starts: Record<ReportFormat, string> = {
      docx: 'PK\u0003\u0004',
      pdf: '%PDF-',
      html: '<!DOCTYPE html>',
      md: '# Global Conference',
      json: '{\n  "annexA"',
      csv: '\ufeffnumber,title',
    };
    for (const format of REPORT_FORMAT_NAMES) {
      const bytes = await renderOutcomeDocument(doc, format);
      expect(
        bytes.toString('latin1').startsWith(Buffer.from(starts[format]).toString('latin1')),
      ).toBe(true);
    }
    await expect(renderOutcomeDocument(doc, 'xlsx' as ReportFormat)).rejects.toThrow(
      /Unknown report format/,
    );
  });

  describe('determinism', () => {
    const timeZone = process.env.TZ;
    afterEach(() => {
      jest.useRealTimers();
      process.env.TZ = timeZone;
    });

    it.each(['docx', 'pdf', 'html', 'md', 'json', 'csv'] as const)(
      'renders %s byte for byte the same, whatever was rendered before, whenever and wherever',
      async (format) => {
        const doc = outcomeFixture();
        const first = await renderOutcomeDocument(doc, format);
        // Another document in between: libraries that number things per process show here.
        await renderOutcomeDocument(outcomeFixture('es'), format);
        expect((await renderOutcomeDocument(doc, format)).equals(first)).toBe(true);
        // Another day and another time zone: nothing may come from the clock.
        process.env.TZ = 'Pacific/Kiritimati';
        jest.useFakeTimers({ doNotFake: [...REAL_TIMERS], now: new Date('2031-05-05T23:59:58Z') });
        expect((await renderOutcomeDocument(doc, format)).equals(first)).toBe(true);
      },
    );

    it('gives different bytes for a different document', async () => {
      const doc = outcomeFixture();
      const other = outcomeFixture();
      other.meta.version = 3;
      for (const format of REPORT_FORMAT_NAMES) {
        const [a, b] = await Promise.all([
          renderOutcomeDocument(doc, format),
          renderOutcomeDocument(other, format),
        ]);
        expect(a.equals(b)).toBe(format === 'csv');
      }
    });
  });

  it('renders what it is given: no chapters of its own, no annex content, no participants', async () => {
    const doc = emptyDocument();
    for (const format of REPORT_FORMAT_NAMES) {
      const bytes = await renderOutcomeDocument(doc, format);
      expect(bytes.length).toBeGreaterThan(0);
    }
    const html = (await renderOutcomeDocument(doc, 'html')).toString('utf8');
    // A theme without recommendations of its own gets no chapter, only its cross-references.
    expect(html).not.toContain('Chapter 1.');
    expect(html).toContain('<h2>Cross-references</h2>');
    expect(html).toContain('Recommendation 9, “Elsewhere”');
    expect(html).toContain('No recommendation was noted.');
    expect(html).toContain('No session is listed.');
    expect(html).toContain('0 participants were accredited to the conference.');
    const docx = await JSZip.loadAsync(await renderOutcomeDocument(doc, 'docx'));
    expect(await docx.file('word/document.xml')?.async('string')).toContain('Annex D — Method');
  });

  it('survives control characters and lone surrogates in submitted text', async () => {
    const doc = outcomeFixture();
    doc.chapters[0].recommendations[0].title = 'Bell\u0007 and \ud800 surrogate\u0000';
    const docx = await JSZip.loadAsync(await renderOutcomeDocument(doc, 'docx'));
    const xml = (await docx.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('Recommendation 1. Bell and surrogate');
    const pdf = await renderOutcomeDocument(doc, 'pdf');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
