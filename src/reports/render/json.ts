/**
 * The document itself as JSON. Keys are sorted at every level so that the bytes depend only on
 * the content, not on the order in which the compiler happened to build the objects.
 */
import type { OutcomeDocument } from '../outcome-document';

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const source = value as Record<string, unknown>;
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(source).sort()) {
      if (source[key] !== undefined) sorted[key] = sortKeys(source[key]);
    }
    return sorted;
  }
  return value;
}

/** Canonical JSON text: sorted keys, two-space indent, final newline. */
export function canonicalJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

export function renderJson(doc: OutcomeDocument): Buffer {
  return Buffer.from(canonicalJson(doc), 'utf8');
}
