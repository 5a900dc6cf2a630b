/**
 * ICU MessageFormat for the catalogues' plural and select rules, through `intl-messageformat`
 * (Russian has four plural forms, Arabic six): no plural rule is written by hand. `#` prints the
 * count with the language's Intl.NumberFormat.
 */
import { IntlMessageFormat } from 'intl-messageformat';

/** A message chosen by a count: `{n, plural, one {# vote} other {# votes}}`. */
export function countMessage(locale: string, pattern: string): (n: number) => string {
  const message = new IntlMessageFormat(pattern, locale);
  return (n) => String(message.format({ n }));
}

/** A message with named values, plural or select among them. */
export function message<V extends Record<string, string | number>>(
  locale: string,
  pattern: string,
): (values: V) => string {
  const compiled = new IntlMessageFormat(pattern, locale);
  return (values) => String(compiled.format(values));
}
