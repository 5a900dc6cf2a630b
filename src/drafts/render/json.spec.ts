import {
  adoptedDeclaration,
  revision1,
  TEXT,
  zeroDraft,
} from '../../../test/fixtures/drafts/draft-document.fixture';
import { renderDraftComparison, renderDraftVersion } from '.';

const json = async (bytes: Promise<Buffer>) => JSON.parse((await bytes).toString('utf8'));

describe('JSON of a version', () => {
  it('holds the printed text, what language each paragraph is in, and the stored content', async () => {
    const doc = adoptedDeclaration();
    const value = await json(renderDraftVersion(doc, 'json', { language: 'es' }));
    expect(value.format).toBe('agora.draft-version/1');
    expect(value.draft).toMatchObject({
      version: 2,
      label: 'Adopted',
      printedLabel: 'Texto aprobado',
      adopted: true,
    });
    const op8 = value.paragraphs.find((p: { id: string }) => p.id === 'p-op-8');
    expect(op8).toEqual({
      id: 'p-op-8',
      kind: 'operative',
      number: 8,
      text: TEXT.op8,
      alternatives: [],
      textLanguage: 'en',
      translation: 'missing',
    });
    expect(value.content).toEqual(doc.content);
    expect(value.provenance).toEqual(doc.provenance);
  });
});

describe('JSON of a comparison', () => {
  it('is a structured diff: status, numbers in both versions, the ops', async () => {
    const value = await json(
      renderDraftComparison(zeroDraft(), revision1(), 'json', { author: 'Chair' }),
    );
    expect(value).toMatchObject({
      format: 'agora.draft-comparison/1',
      author: 'Chair',
      date: '2017-11-16T00:00:00Z',
      from: { version: 0, label: 'Zero draft' },
      to: { version: 1, label: 'Rev.1' },
      counts: { inserted: 1, deleted: 1, changed: 4, moved: 2, unchanged: 7 },
    });
    const get = (id: string) => value.paragraphs.find((p: { id: string }) => p.id === id);
    expect(get('p-op-1')).toMatchObject({
      status: 'changed',
      number: { from: 4, to: 3 },
      ops: [
        { op: 'equal', text: 'We ' },
        { op: 'delete', text: 'call on' },
        { op: 'insert', text: 'urge' },
        { op: 'equal', text: ' States to involve local ' },
        { op: 'insert', text: 'and regional ' },
        {
          op: 'equal',
          text: 'governments in the collection of disaggregated data on migration at the city level.',
        },
      ],
    });
    expect(get('p-pre-2')).toMatchObject({
      status: 'deleted',
      number: { from: 3, to: null },
      to: null,
    });
    expect(get('p-op-8')).toMatchObject({
      status: 'inserted',
      number: { from: null, to: 8 },
      from: null,
    });
    expect(get('p-op-6')).toMatchObject({
      status: 'moved',
      moved: true,
      textChanged: true,
      number: { from: 9, to: 10 },
    });
    expect(get('p-op-3').alternatives).toEqual([
      { index: 1, status: 'deleted', ops: [{ op: 'delete', text: TEXT.op3alt1 }] },
      { index: 2, status: 'deleted', ops: [{ op: 'delete', text: TEXT.op3alt2 }] },
    ]);
    expect(get('p-chapeau')).toMatchObject({
      status: 'unchanged',
      from: { number: 1, position: 0 },
      to: { number: 1, position: 0 },
    });
  });
});
