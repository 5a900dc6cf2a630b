import fc from 'fast-check';
import {
  adoptedDeclaration,
  revision1,
  TEXT,
  zeroDraft,
} from '../../../test/fixtures/drafts/draft-document.fixture';
import { buildComparison, wordDiff, type DiffOp } from './compare';

const side = (ops: DiffOp[], drop: 'insert' | 'delete') =>
  ops
    .filter((op) => op.op !== drop)
    .map((op) => op.text)
    .join('');

describe('wordDiff', () => {
  it('marks exactly the changed words', () => {
    expect(wordDiff(TEXT.op1, TEXT.op1rev)).toEqual([
      { op: 'equal', text: 'We ' },
      { op: 'delete', text: 'call on' },
      { op: 'insert', text: 'urge' },
      { op: 'equal', text: ' States to involve local ' },
      { op: 'insert', text: 'and regional ' },
      {
        op: 'equal',
        text: 'governments in the collection of disaggregated data on migration at the city level.',
      },
    ]);
    // Brackets removed around a kept word: the brackets alone are deleted.
    expect(wordDiff(TEXT.op2, TEXT.op2rev).filter((op) => op.op !== 'equal')).toEqual([
      { op: 'delete', text: '[' },
      { op: 'delete', text: ']' },
    ]);
  });

  it('writes a reworded phrase as one deletion and one insertion, not word by word', () => {
    expect(wordDiff(TEXT.op3, TEXT.op3alt1).filter((op) => op.op !== 'equal')).toEqual([
      { op: 'delete', text: ', [regardless of their status]' },
      { op: 'insert', text: ' residing in our cities' },
    ]);
  });

  it('gives back both texts, whatever they are', () => {
    const words = fc.array(
      fc.constantFrom(
        'We',
        'urge',
        'call',
        'on',
        'States',
        '[all]',
        ',',
        'the',
        ' ',
        '  ',
        '\n',
        'é',
      ),
      {
        maxLength: 24,
      },
    );
    fc.assert(
      fc.property(words, words, (a, b) => {
        const from = a.join(' ');
        const to = b.join(' ');
        const ops = wordDiff(from, to);
        expect(side(ops, 'insert')).toBe(from);
        expect(side(ops, 'delete')).toBe(to);
        for (let i = 1; i < ops.length; i++) expect(ops[i].op).not.toBe(ops[i - 1].op);
        expect(ops.every((op) => op.text !== '')).toBe(true);
      }),
    );
  });
});

describe('buildComparison', () => {
  const view = buildComparison(zeroDraft(), revision1(), {
    author: 'Chair',
    date: '2017-11-16T18:00:00Z',
  });
  const byId = new Map(view.changes.map((c) => [c.id, c]));

  it('matches paragraphs by id and tells each one’s fate', () => {
    expect(view.changes.map((c) => [c.id, c.status])).toEqual([
      ['p-chapeau', 'unchanged'],
      ['p-pre-1', 'unchanged'],
      ['p-pre-2', 'deleted'],
      ['h-obj-1', 'unchanged'],
      ['p-op-1', 'changed'],
      ['p-op-2', 'changed'],
      ['h-obj-15', 'unchanged'],
      ['p-op-3', 'changed'],
      ['h-obj-16', 'unchanged'],
      ['p-op-5', 'unchanged'],
      ['p-op-4', 'moved'],
      ['p-op-8', 'inserted'],
      ['h-obj-23', 'unchanged'],
      ['p-op-7', 'changed'],
      ['p-op-6', 'moved'],
    ]);
    expect(view.counts).toEqual({ inserted: 1, deleted: 1, changed: 4, moved: 2, unchanged: 7 });
  });

  it('shows a moved paragraph where it was and where it is', () => {
    expect(
      view.entries.map((e) => `${e.change.id}${e.place === 'movedAway' ? ' (was)' : ''}`),
    ).toEqual([
      'p-chapeau',
      'p-pre-1',
      'p-pre-2',
      'h-obj-1',
      'p-op-1',
      'p-op-2',
      'h-obj-15',
      'p-op-3',
      'p-op-4 (was)',
      'h-obj-16',
      'p-op-5',
      'p-op-6 (was)',
      'p-op-4',
      'p-op-8',
      'h-obj-23',
      'p-op-7',
      'p-op-6',
    ]);
    const moved = byId.get('p-op-6')!;
    expect(moved).toMatchObject({
      moved: true,
      textChanged: true,
      from: { number: 9 },
      to: { number: 10 },
    });
    expect(moved.text.ops.filter((op) => op.op === 'insert').map((op) => op.text)).toEqual([
      'free ',
      ' and migrant organisations',
    ]);
    expect(byId.get('p-op-4')).toMatchObject({
      moved: true,
      textChanged: false,
      from: { number: 7 },
      to: { number: 7 },
    });
  });

  it('keeps both numbers, and marks a new number as a change of the number alone', () => {
    expect(byId.get('p-op-5')).toMatchObject({
      status: 'unchanged',
      number: [
        { op: 'delete', text: '8.' },
        { op: 'insert', text: '6.' },
      ],
    });
    expect(byId.get('p-chapeau')!.number).toEqual([{ op: 'equal', text: '1.' }]);
    expect(byId.get('h-obj-1')!.number).toEqual([]);
  });

  it('compares alternatives one by one: deleted, inserted', () => {
    const op3 = byId.get('p-op-3')!;
    expect(op3.alternatives.map((a) => [a.label, a.from !== null, a.to !== null])).toEqual([
      ['Alt. 1', true, false],
      ['Alt. 2', true, false],
    ]);
    const op7 = byId.get('p-op-7')!;
    expect(op7.alternatives).toEqual([
      expect.objectContaining({
        label: 'Alt. 1',
        from: null,
        to: TEXT.op7alt,
        ops: [{ op: 'insert', text: TEXT.op7alt }],
      }),
    ]);
    expect(op7.text.ops.filter((op) => op.op !== 'equal')).toEqual([
      { op: 'insert', text: '[' },
      { op: 'insert', text: ']' },
    ]);
  });

  it('carries the author and Word’s date', () => {
    expect(view.author).toBe('Chair');
    expect(view.date).toBe('2017-11-16T18:00:00Z');
    expect(buildComparison(zeroDraft(), revision1()).date).toBe('2017-11-16T00:00:00Z');
    expect(buildComparison(zeroDraft(), revision1()).author).toBe('Agora');
  });

  it('compares a translation where both versions have a current one, else the drafting text, noted', () => {
    const fr = buildComparison(zeroDraft(), revision1(), { language: 'fr' });
    const get = (id: string) => fr.changes.find((c) => c.id === id)!;
    // Translated in both: the French is compared.
    expect(get('p-op-2')).toMatchObject({ language: 'fr', state: 'translated', note: null });
    expect(
      get('p-op-2')
        .text.ops.filter((op) => op.op === 'delete')
        .map((op) => op.text),
    ).toEqual(['[', ']']);
    // Rev.1's French of p-op-1 is out of date: the English is compared, and said to be.
    expect(get('p-op-1')).toMatchObject({ language: 'en', state: 'outdated' });
    expect(get('p-op-1').note).toBe('Traduction non mise à jour — imprimé dans l’original anglais');
    expect(get('p-op-1').text.from).toBe(TEXT.op1);
    // New and untranslated.
    expect(get('p-op-8')).toMatchObject({ language: 'en', state: 'missing', status: 'inserted' });
    expect(fr.comparedIn).toContain('anglais');
    expect(fr.heading).toBe('Modifications entre Avant-projet et Rev.1');
  });

  it('says when nothing changed', () => {
    const same = buildComparison(revision1(), revision1());
    expect(same.changes.every((c) => c.status === 'unchanged')).toBe(true);
    expect(same.summary).toBe('The two versions have the same text.');
  });

  it('refuses versions of two drafts, and a date that is not one', () => {
    const other = adoptedDeclaration();
    other.content.draftId = 'another-draft';
    expect(() => buildComparison(zeroDraft(), other)).toThrow(TypeError);
    expect(() => buildComparison(zeroDraft(), revision1(), { date: 'soon' })).toThrow(TypeError);
  });
});
