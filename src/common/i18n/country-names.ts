/**
 * Country names as the United Nations writes them: its short names ("Republic of Korea",
 * "Democratic Republic of the Congo") where CLDR's differ ("South Korea", "Congo - Kinshasa"),
 * else Intl.DisplayNames (CLDR). Sorted with Intl.Collator in the language of the text.
 */
import unNames from './un-country-names.json';

type Names = Record<string, Partial<Record<string, string>>>;

const UN_NAMES: Names = unNames.names;

/** The UN short name of `code` in `language`, or CLDR's name, or the code itself. */
export function unCountryName(code: string, language: string): string {
  const un = UN_NAMES[code.toUpperCase()]?.[language];
  if (un) return un;
  try {
    return new Intl.DisplayNames([language], { type: 'region', fallback: 'code' }).of(code) ?? code;
  } catch {
    // A code Intl rejects (not two letters) is printed as it is rather than failing the render.
    return code;
  }
}

/** Whether the UN list names `code` (the other names are CLDR's). */
export function hasUnShortName(code: string): boolean {
  return code.toUpperCase() in UN_NAMES;
}

/** Compares names as a reader of `language` expects them in an alphabetical list. */
export function nameCollator(language: string): Intl.Collator {
  return new Intl.Collator(language, { sensitivity: 'base' });
}
