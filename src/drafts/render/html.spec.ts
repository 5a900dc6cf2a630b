import { parse } from 'node-html-parser';
import {
  adoptedDeclaration,
  revision1,
  TEXT,
  zeroDraft,
} from '../../../test/fixtures/drafts/draft-document.fixture';
import { flat } from '../../../test/fixtures/drafts/tools';
import { renderDraftComparison, renderDraftVersion } from '.';

const htmlOf = async (bytes: Promise<Buffer>) => parse((await bytes).toString('utf8'));

describe('HTML of a version', () => {
  it('has the language and direction, numbered paragraphs and alternatives', async () => {
    const root = await htmlOf(renderDraftVersion(revision1(), 'html', { language: 'fr' }));
    const html = root.querySelector('html')!;
    expect([html.getAttribute('lang'), html.getAttribute('dir')]).toEqual(['fr-FR', 'ltr']);
    const paragraphs = root
      .querySelectorAll('.para')
      .map((p) => [
        p.querySelector('.num')!.text,
        p.querySelector('.text')!.getAttribute('lang') ?? null,
      ]);
    expect(paragraphs.map(([n]) => n)).toEqual([
      '1.',
      '2.',
      '3.',
      '4.',
      '5.',
      '6.',
      '7.',
      '8.',
      '9.',
      '10.',
    ]);
    // The untranslated and the out-of-date paragraphs are in English, and say so.
    expect(paragraphs.filter(([, lang]) => lang !== null)).toEqual([
      ['3.', 'en-GB'],
      ['8.', 'en-GB'],
    ]);
    expect(root.querySelectorAll('.note').map((n) => n.text)).toEqual([
      'Traduction non mise à jour — imprimé dans l’original anglais',
      'Non traduit — imprimé dans l’original anglais',
    ]);
    expect(root.querySelectorAll('h2').map((h) => h.text)).toHaveLength(4);
    expect(root.querySelector('.alt .label')!.text).toBe('Variante 1');
    expect(root.querySelector('.alt .text')!.text).toBe(
      revision1().content.paragraphs[12].translations.fr!.alternatives[0],
    );
  });

  it('escapes submitted text and needs nothing from outside', async () => {
    const doc = zeroDraft();
    doc.content.paragraphs[0].text = '<img src=x onerror=alert(1)> [bracketed] & more';
    const html = (await renderDraftVersion(doc, 'html')).toString('utf8');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; [bracketed] &amp; more');
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    );
    expect(html).not.toMatch(/<script|<link|src="http/);
  });

  it('numbers lines on demand, the numbers hidden from screen readers', async () => {
    const root = await htmlOf(renderDraftVersion(zeroDraft(), 'html', { lineNumbers: true }));
    const numbers = root.querySelectorAll('.ln');
    expect(numbers.map((n) => Number(n.text))).toEqual(numbers.map((_n, i) => i + 1));
    expect(numbers.every((n) => n.getAttribute('aria-hidden') === 'true')).toBe(true);
    for (const line of root.querySelectorAll('.line')) {
      expect(Array.from(line.text.replace(/^\d+/, '')).length).toBeLessThanOrEqual(80);
    }
    expect(flat(root.querySelector('#para-p-chapeau .text')!.text.replace(/\d+/g, ' '))).toBe(
      flat(TEXT.chapeau.replace(/\d+/g, ' ')),
    );
    expect(
      (await htmlOf(renderDraftVersion(zeroDraft(), 'html'))).querySelectorAll('.ln'),
    ).toHaveLength(0);
  });

  it('is the adopted declaration with its annex', async () => {
    const root = await htmlOf(renderDraftVersion(adoptedDeclaration(), 'html'));
    expect(root.querySelector('.version-line')!.text).toBe(
      'Adopted at Mechelen, Belgium, on 17 November 2017',
    );
    expect(root.querySelector('.notice')).toBeNull();
    const annex = root.querySelector('section.annex')!;
    expect(annex.querySelector('h2')!.text).toBe('Annex — Provenance of the paragraphs');
    expect(annex.querySelectorAll('article.provenance')).toHaveLength(10);
    expect(annex.querySelectorAll('table')).toHaveLength(7);
  });
});

describe('HTML of a comparison', () => {
  it('marks insertions and deletions with <ins> and <del>, dated', async () => {
    const root = await htmlOf(
      renderDraftComparison(zeroDraft(), revision1(), 'html', { date: '2017-11-16' }),
    );
    const op1 = root.querySelector('#para-p-op-1')!;
    expect(op1.querySelectorAll('.text del').map((d) => d.text)).toEqual(['call on']);
    expect(op1.querySelectorAll('.text ins').map((i) => i.text)).toEqual(['urge', 'and regional ']);
    expect(op1.querySelectorAll('.num del, .num ins').map((m) => `${m.tagName}:${m.text}`)).toEqual(
      ['DEL:4.', 'INS:3.'],
    );
    expect(op1.querySelector('ins')!.getAttribute('datetime')).toBe('2017-11-16T00:00:00Z');
    const deleted = root.querySelector('#para-p-pre-2')!;
    expect(deleted.classList.contains('deleted')).toBe(true);
    expect(deleted.querySelector('.text del')!.text).toBe(TEXT.pre2);
    expect(root.querySelector('#para-p-op-8 .text ins')!.text).toBe(TEXT.op8);
  });

  it('shows a move where the paragraph was, linked to where it is', async () => {
    const root = await htmlOf(renderDraftComparison(zeroDraft(), revision1(), 'html'));
    const was = root.querySelector('#para-p-op-6-was')!;
    expect(was.querySelector('a')!.getAttribute('href')).toBe('#para-p-op-6');
    expect(was.text.trim()).toBe('Moved: now paragraph 10');
    const now = root.querySelector('#para-p-op-6')!;
    expect(now.querySelector('.status')!.text).toBe('Moved here from paragraph 9');
    expect(now.querySelectorAll('.text ins').map((i) => i.text)).toEqual([
      'free ',
      ' and migrant organisations',
    ]);
    // Document order: where it was comes before where it is.
    const ids = root.querySelectorAll('.change').map((c) => c.id);
    expect(ids.indexOf('para-p-op-6-was')).toBeLessThan(ids.indexOf('para-p-op-6'));
  });

  it('announces marks to screen readers in the document’s language', async () => {
    const html = (
      await renderDraftComparison(zeroDraft(), revision1(), 'html', { language: 'es' })
    ).toString('utf8');
    expect(html).toContain('ins::before { content: " comienzo de inserción "; }');
    expect(html).toContain('<html lang="es-ES" dir="ltr">');
  });
});
