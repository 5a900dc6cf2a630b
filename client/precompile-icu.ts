import { parse } from '@formatjs/icu-messageformat-parser';
import ts from 'typescript';
import type { Plugin } from 'vite';

const PARSER = '@formatjs/icu-messageformat-parser';
/** icu.ts's helpers: their second argument is an ICU pattern. */
const COMPILED = new Set(['countMessage', 'message']);

/**
 * Parses the catalogues' ICU patterns (`countMessage('ru-RU', '{n, plural, …}')`) at build time
 * into the message ASTs `intl-messageformat` accepts in place of a string, and gives the build
 * FormatJS's own parser-less entry (`no-parser`, meant for precompiled messages) instead of the
 * parser: about 10 KB gzipped less for every phone, the formatting (plural rules, `#` numbers)
 * still intl-messageformat's. The catalogue files are not changed; Vitest and the dev server
 * parse at run time as before. A pattern that is not a plain string literal fails the build,
 * since the built app could not parse it.
 */
export function precompileIcu(): Plugin {
  return {
    name: 'agora-precompile-icu',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (source !== PARSER) return null;
      return this.resolve(`${PARSER}/lib/no-parser.js`, importer, { ...options, skipSelf: true });
    },
    transform(code, id) {
      if (!/\/src\/i18n\/[^/]+\.ts$/.test(id) || !/from '\.\/icu'/.test(code)) return null;
      return { code: compilePatterns(code, id), map: null };
    },
  };
}

export function compilePatterns(code: string, fileName: string): string {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.ES2022, true);
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      COMPILED.has(node.expression.text)
    ) {
      const pattern = node.arguments[1];
      if (!pattern || !ts.isStringLiteralLike(pattern)) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        throw new Error(
          `${fileName}:${line + 1}: ${node.expression.text}'s pattern must be a string literal (precompiled at build time)`,
        );
      }
      edits.push({
        start: pattern.getStart(),
        end: pattern.getEnd(),
        text: JSON.stringify(parse(pattern.text)),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = code;
  for (const edit of edits.sort((a, b) => b.start - a.start))
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}
