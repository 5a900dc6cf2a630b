import { outcomeFixture } from '../../../test/fixtures/reports/outcome-document.fixture';
import type { OutcomeDocument } from '../outcome-document';
import { canonicalJson, renderJson } from './json';

/** The same document with every object's keys inserted in reverse order. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).reverse();
    return Object.fromEntries(entries.map(([key, item]) => [key, reversed(item)]));
  }
  return value;
}

describe('renderJson', () => {
  it('is the document itself, pretty-printed', () => {
    const doc = outcomeFixture();
    const text = renderJson(doc).toString('utf8');
    expect(JSON.parse(text)).toEqual(doc);
    expect(text.startsWith('{\n  "annexA": [\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('sorts keys at every level, so the bytes do not depend on how the object was built', () => {
    const doc = outcomeFixture();
    const shuffled = reversed(doc) as OutcomeDocument;
    expect(Object.keys(shuffled)[0]).toBe('annexD');
    expect(renderJson(shuffled).equals(renderJson(doc))).toBe(true);
    const meta = JSON.parse(renderJson(doc).toString('utf8')) as { meta: object };
    const keys = Object.keys(meta.meta);
    expect(keys).toEqual([...keys].sort());
  });

  it('leaves out undefined values and keeps array order', () => {
    expect(canonicalJson({ b: [3, 1, 2], a: undefined, c: { z: 1, y: null } })).toBe(
      '{\n  "b": [\n    3,\n    1,\n    2\n  ],\n  "c": {\n    "y": null,\n    "z": 1\n  }\n}\n',
    );
  });
});
