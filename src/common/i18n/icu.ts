/**
 * ICU MessageFormat for the catalogues' plural and select rules (Russian has four plural forms,
 * Arabic six): the rules are ICU's, through `intl-messageformat`, never hand-written. Numbers are
 * passed already formatted (`{count}`) beside the value that chooses the form (`n`), so a
 * document prints its numbers the same way on any Node.js release.
 */
import { IntlMessageFormat } from 'intl-messageformat';

type Values = Record<string, string | number>;

const cache = new Map<string, IntlMessageFormat>();

/** Formats `pattern` in `locale`; the compiled message is kept for the next call. */
export function icu(locale: string, pattern: string, values: Values): string {
  const key = `${locale}\u0000${pattern}`;
  let message = cache.get(key);
  if (!message) {
    message = new IntlMessageFormat(pattern, locale);
    cache.set(key, message);
  }
  return String(message.format(values));
}

/** A count in words: `{n, plural, …}` chooses the form, `{count}` prints the number. */
export function plural(locale: string, pattern: string, n: number, count = String(n)): string {
  return icu(locale, pattern, { n, count });
}
