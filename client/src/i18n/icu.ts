/**
 * ICU MessageFormat for the catalogues' plural and select rules, through `intl-messageformat`
 * (Russian has four plural forms, Arabic six): no plural rule is written by hand. `#` prints the
 * count with the language's Intl.NumberFormat.
 */
import { IntlMessageFormat } from 'intl-messageformat';

/**
 * A pattern as written, or (in the build) as parsed at build time: client/precompile-icu.ts
 * replaces each literal with its message AST, and the build carries no parser.
 */
type Pattern = ConstructorParameters<typeof IntlMessageFormat>[0];

/** A message chosen by a count: `{n, plural, one {# vote} other {# votes}}`. */
export function countMessage(locale: string, pattern: Pattern): (n: number) => string {
  const message = new IntlMessageFormat(pattern, locale);
  return (n) => String(message.format({ n }));
}

/** A message with named values, plural or select among them. */
export function message<V extends Record<string, string | number>>(
  locale: string,
  pattern: Pattern,
): (values: V) => string {
  const compiled = new IntlMessageFormat(pattern, locale);
  return (values) => String(compiled.format(values));
}
