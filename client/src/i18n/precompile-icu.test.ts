import { readFileSync } from 'node:fs';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { compilePatterns } from '../../precompile-icu';

const LANGUAGES = ['en', 'fr', 'es', 'ar', 'zh', 'ru'] as const;
const TAGS = {
  en: 'en-GB',
  fr: 'fr-FR',
  es: 'es-ES',
  ar: 'ar-u-nu-latn',
  zh: 'zh-CN',
  ru: 'ru-RU',
};

/** The second argument of every countMessage(…) and message(…) call in built code (an AST, as JSON). */
function compiledPatterns(code: string): unknown[] {
  const found: unknown[] = [];
  const call = /\b(?:countMessage|message)(?:<[^>]*>)?\(\s*'[^']*',\s*(\[)/g;
  for (let m = call.exec(code); m; m = call.exec(code)) {
    // The JSON array runs to its matching bracket.
    let depth = 0;
    let end = m.index + m[0].length - 1;
    for (; end < code.length; end++) {
      if (code[end] === '[') depth++;
      else if (code[end] === ']' && --depth === 0) break;
    }
    found.push(JSON.parse(code.slice(m.index + m[0].length - 1, end + 1)));
  }
  return found;
}

describe('ICU patterns precompiled for the build', () => {
  it.each(LANGUAGES)('%s: every pattern becomes an AST that formats as the pattern does', (l) => {
    const file = new URL(`./${l}.ts`, import.meta.url);
    const code = readFileSync(file, 'utf8');
    const patterns = [
      ...code.matchAll(/\b(?:countMessage|message)(?:<[^>]*>)?\(\s*'[^']*',\s*'([^']*)'/g),
    ].map((m) => m[1]!);
    expect(patterns.length).toBeGreaterThan(0);
    const compiled = compiledPatterns(compilePatterns(code, file.pathname));
    expect(compiled).toHaveLength(patterns.length);
    patterns.forEach((pattern, i) => {
      const fromAst = new IntlMessageFormat(compiled[i] as never, TAGS[l]);
      const fromText = new IntlMessageFormat(pattern, TAGS[l]);
      // Every value a pattern names is the count.
      for (const n of [0, 1, 2, 3, 5, 11, 21, 100, 1234]) {
        const values = new Proxy({}, { has: () => true, get: () => n });
        expect(fromAst.format(values)).toBe(fromText.format(values));
      }
    });
  });

  it('refuses a pattern the build could not parse (not a plain string)', () => {
    const code =
      "import { countMessage } from './icu';\nconst x = countMessage('en-GB', `{n, plural, other {# ${unit}}}`);";
    expect(() => compilePatterns(code, 'xx.ts')).toThrow(
      "xx.ts:2: countMessage's pattern must be a string literal",
    );
  });
});
