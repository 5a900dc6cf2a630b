import { createHash } from 'node:crypto';
import {
  adoptedDeclaration,
  revision1,
  zeroDraft,
} from '../../../test/fixtures/drafts/draft-document.fixture';
import {
  DRAFT_FORMAT_NAMES,
  DRAFT_FORMATS,
  draftComparisonFileName,
  draftVersionFileName,
  isDraftFormat,
  renderDraftComparison,
  renderDraftVersion,
  type DraftFormat,
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

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('drafting-room formats', () => {
  it('have a content type and an extension each', () => {
    expect(DRAFT_FORMAT_NAMES).toEqual(['docx', 'pdf', 'html', 'md', 'json']);
    expect(DRAFT_FORMATS.docx).toEqual({
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      extension: 'docx',
    });
    expect(DRAFT_FORMATS.md).toEqual({
      contentType: 'text/markdown; charset=utf-8',
      extension: 'md',
    });
    expect(isDraftFormat('pdf')).toBe(true);
    expect(isDraftFormat('csv')).toBe(false);
    expect(isDraftFormat('constructor')).toBe(false);
  });

  it('name downloads in ASCII', () => {
    expect(draftVersionFileName(revision1(), 'pdf', 'fr')).toBe(
      'declaration-de-malines-sur-les-villes-et-la-migration-rev-1-fr.pdf',
    );
    expect(draftVersionFileName(zeroDraft(), 'docx')).toBe(
      'mechelen-declaration-on-cities-and-migration-zero-draft-en.docx',
    );
    expect(draftVersionFileName(adoptedDeclaration(), 'md', 'es')).toBe(
      'declaracion-de-malinas-sobre-ciudades-y-migracion-adopted-es.md',
    );
    expect(draftComparisonFileName(zeroDraft(), revision1(), 'docx')).toBe(
      'mechelen-declaration-on-cities-and-migration-zero-draft-to-rev-1-compare-en.docx',
    );
    const untitled = zeroDraft();
    untitled.content.title = '«»';
    expect(draftVersionFileName(untitled, 'html')).toBe('draft-zero-draft-en.html');
  });

  it('dispatch to the renderer of each format, and refuse others', async () => {
    const starts: Record<DraftFormat, string> = {
      docx: 'PK\u0003\u0004',
      pdf: '%PDF-',
      html: '<!DOCTYPE html>',
      md: '**Global Conference',
      json: '{\n  "conference"',
    };
    for (const format of DRAFT_FORMAT_NAMES) {
      const bytes = await renderDraftVersion(zeroDraft(), format);
      expect(bytes.subarray(0, starts[format].length).toString('latin1')).toBe(starts[format]);
      const compared = await renderDraftComparison(zeroDraft(), revision1(), format);
      expect(compared.length).toBeGreaterThan(500);
    }
    await expect(renderDraftVersion(zeroDraft(), 'csv' as DraftFormat)).rejects.toThrow(
      /Unknown draft format/,
    );
    await expect(
      renderDraftComparison(zeroDraft(), revision1(), 'xlsx' as DraftFormat),
    ).rejects.toThrow(/Unknown draft format/);
  });

  describe('determinism', () => {
    const timeZone = process.env.TZ;
    afterEach(() => {
      jest.useRealTimers();
      process.env.TZ = timeZone;
    });

    it.each(DRAFT_FORMAT_NAMES)(
      'renders %s with the same SHA-256, whatever was rendered before, whenever and wherever',
      async (format) => {
        const version = () =>
          renderDraftVersion(adoptedDeclaration(), format, { language: 'fr', lineNumbers: true });
        const comparison = () =>
          renderDraftComparison(zeroDraft(), revision1(), format, {
            author: 'Chair',
            language: 'fr',
          });
        const first = [sha(await version()), sha(await comparison())];
        // Something else in between: a writer numbering things per process would show here.
        await renderDraftVersion(revision1(), format, { language: 'es' });
        await renderDraftComparison(revision1(), adoptedDeclaration(), format);
        expect([sha(await version()), sha(await comparison())]).toEqual(first);
        // Another day and another time zone: nothing may come from the clock.
        process.env.TZ = 'Pacific/Kiritimati';
        jest.useFakeTimers({ doNotFake: [...REAL_TIMERS], now: new Date('2031-05-05T23:59:58Z') });
        expect([sha(await version()), sha(await comparison())]).toEqual(first);
      },
    );

    it('gives different bytes for different content', async () => {
      for (const format of DRAFT_FORMAT_NAMES) {
        const changed = revision1();
        changed.content.paragraphs[0].text += ' and beyond';
        const [a, b] = await Promise.all([
          renderDraftVersion(revision1(), format),
          renderDraftVersion(changed, format),
        ]);
        expect(sha(a)).not.toBe(sha(b));
      }
    });
  });
});
