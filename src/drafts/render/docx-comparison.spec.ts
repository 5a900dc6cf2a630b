import { revision1, TEXT, zeroDraft } from '../../../test/fixtures/drafts/draft-document.fixture';
import { flat, pandocText, unzipDocx } from '../../../test/fixtures/drafts/tools';
import { marks, paragraphTexts } from '../../../test/fixtures/drafts/word';
import type { DraftDocument } from '../draft-document';
import { renderDraftComparison } from '.';

const OPTIONS = { author: 'Drafting committee', date: '2017-11-16T18:30:00Z' };

const compare = (from = zeroDraft(), to = revision1(), options = {}) =>
  renderDraftComparison(from, to, 'docx', { ...OPTIONS, ...options });

/** The text paragraphs of a version as pandoc prints them: "12. Text", "Alt. 1 Text", headings. */
function expectedText(doc: DraftDocument, language?: 'fr'): string[] {
  return doc.content.paragraphs.flatMap((p) => {
    const t = language ? (p.translations[language] ?? p) : p;
    const own = t.text;
    if (p.kind === 'heading') return [own];
    return [`${p.number}. ${own}`, ...t.alternatives.map((alt, i) => `Alt. ${i + 1} ${alt}`)];
  });
}

/** pandoc's paragraphs after the front matter (which ends with the change summary). */
async function body(docx: Buffer, mode: 'accept' | 'reject'): Promise<string[]> {
  const paragraphs = (await pandocText(docx, mode))
    .split(/\n\s*\n/)
    .map(flat)
    .filter(Boolean);
  const start = paragraphs.findIndex((p) =>
    /^\d+ paragraphs? changed|paragraphes? modifiés?/.test(p),
  );
  return paragraphs
    .slice(start + 1)
    .filter((p) => !/^Les paragraphes qui ne sont pas traduits/.test(p));
}

describe('DOCX comparison with Word revision marks', () => {
  it('inserts and deletes exactly the changed words, numbers and paragraphs', async () => {
    const { document } = await unzipDocx(await compare());
    const withText = (kind: string) =>
      marks(document, [kind])
        .filter((m) => m.text !== '')
        .map((m) => m.text);
    expect(withText('del')).toEqual([
      `3.${TEXT.pre2}`,
      '4.',
      'call on',
      '5.',
      '[',
      ']',
      '6.',
      ', [regardless of their status]',
      `Alt. 1${TEXT.op3alt1}`,
      `Alt. 2${TEXT.op3alt2}`,
      '8.',
      '10.',
    ]);
    expect(withText('ins')).toEqual([
      '3.',
      'urge',
      'and regional ',
      '4.',
      '5.',
      ' residing in our cities',
      '6.',
      `8.${TEXT.op8}`,
      '9.',
      '[',
      ']',
      `Alt. 1${TEXT.op7alt}`,
      '10.',
      'free ',
      ' and migrant organisations',
    ]);
  });

  it('marks the paragraph mark of whole inserted and deleted paragraphs', async () => {
    const { document } = await unzipDocx(await compare());
    const paragraphs = [...document.matchAll(/<w:p\b[^>]*>[\s\S]*?<\/w:p>/g)].map((m) => m[0]);
    const markOf = (needle: string) => {
      const p = paragraphs.find((x) => paragraphTexts(x)[0].includes(needle))!;
      return /<w:pPr>[\s\S]*<w:rPr><w:(ins|del|moveFrom|moveTo) /.exec(p)?.[1] ?? null;
    };
    expect(markOf(TEXT.pre2)).toBe('del');
    expect(markOf(TEXT.op8)).toBe('ins');
    expect(markOf(TEXT.op7alt)).toBe('ins');
    expect(markOf(TEXT.op3alt2)).toBe('del');
    expect(markOf(TEXT.op1rev.slice(0, 10))).toBeNull();
  });

  it('shows moves with Word’s move marks, paired by name', async () => {
    const { document } = await unzipDocx(await compare());
    const from = marks(document, ['moveFrom'])
      .filter((m) => m.text !== '')
      .map((m) => m.text);
    const to = marks(document, ['moveTo'])
      .filter((m) => m.text !== '')
      .map((m) => m.text);
    expect(from).toEqual([`7.${TEXT.op4}`, `9.${TEXT.op6}`]);
    expect(to).toEqual([
      '7.',
      TEXT.op4,
      'We will support ',
      'language courses and mentoring programmes run with civil society',
      '.',
    ]);
    const names = (kind: string) =>
      [...document.matchAll(new RegExp(`<w:${kind}RangeStart [^>]*w:name="(\\w+)"`, 'g'))].map(
        (m) => m[1],
      );
    expect(names('moveFrom')).toEqual(['move1', 'move2']);
    expect(names('moveTo').sort()).toEqual(['move1', 'move2']);
    expect(document.match(/<w:moveFromRangeEnd /g)).toHaveLength(2);
    expect(document.match(/<w:moveToRangeEnd /g)).toHaveLength(2);
  });

  it('gives every mark the author, the date and an id of its own', async () => {
    const { document } = await unzipDocx(await compare());
    const all = marks(document, [
      'ins',
      'del',
      'moveFrom',
      'moveTo',
      'moveFromRangeStart',
      'moveToRangeStart',
    ]);
    expect(all.length).toBeGreaterThan(40);
    for (const mark of all) {
      expect(mark.attributes).toMatchObject({
        'w:author': 'Drafting committee',
        'w:date': '2017-11-16T18:30:00Z',
      });
      expect(mark.attributes['w:id']).toMatch(/^\d+$/);
    }
    const ids = all.map((m) => m.attributes['w:id']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('reads as the later version when pandoc accepts the changes, the earlier when it rejects them', async () => {
    const docx = await compare();
    expect(await body(docx, 'accept')).toEqual(expectedText(revision1()));
    expect(await body(docx, 'reject')).toEqual(expectedText(zeroDraft()));
  });

  it('compares translations in French, the untranslated in English with a comment, not in the text', async () => {
    const docx = await compare(zeroDraft(), revision1(), { language: 'fr' });
    const accepted = await body(docx, 'accept');
    expect(accepted).toContain(`4. ${revision1().content.paragraphs[4].translations.fr!.text}`);
    // Out of date in French, new and untranslated: the English, and no note in the text.
    expect(accepted).toContain(`3. ${TEXT.op1rev}`);
    expect(accepted).toContain(`8. ${TEXT.op8}`);
    expect(accepted.join('\n')).not.toContain('Non traduit');
    const { read, document } = await unzipDocx(docx);
    const comments = await read('word/comments.xml');
    expect(comments).toContain('Non traduit — imprimé dans l’original anglais');
    expect(comments).toContain('Traduction non mise à jour — imprimé dans l’original anglais');
    expect(document.match(/<w:commentReference /g)).toHaveLength(2);
    expect(await read('[Content_Types].xml')).toContain('/word/comments.xml');
    expect(paragraphTexts(document)).toContain('Modifications entre Avant-projet et Rev.1');
  });

  it('has no mark at all when the versions are the same', async () => {
    const { document } = await unzipDocx(await compare(revision1(), revision1()));
    expect(marks(document)).toEqual([]);
    expect(paragraphTexts(document)).toContain('The two versions have the same text.');
  });
});
