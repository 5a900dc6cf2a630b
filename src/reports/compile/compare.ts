/**
 * Orderings that give the same result on every database and every Node.js release: text by
 * code point (not by a collation or ICU locale), so the document — and its hash — do not change
 * with where or when it is compiled.
 */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function byTime(a: Date, b: Date): number {
  return a.getTime() - b.getTime();
}
