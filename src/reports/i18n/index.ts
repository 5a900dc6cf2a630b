import type { Language } from '../outcome-document';
import type { Catalogue } from './catalogue';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';

export type { Catalogue, DateParts } from './catalogue';

export const CATALOGUES: Readonly<Record<Language, Catalogue>> = { en, fr, es };

export function catalogueFor(language: Language): Catalogue {
  return CATALOGUES[language] ?? en;
}

/**
 * A country's name in the document's language, for the compiler to store in the document
 * (`meta.countryName`, `annexC.byCountry[].name`) and for renderers when it did not: the
 * name then depends on the ICU data of the running Node.js, which is why storing it is better.
 */
export function countryName(code: string, language: Language): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region', fallback: 'code' }).of(code) ?? code;
  } catch {
    // A code Intl rejects (not two letters) is printed as it is rather than failing the render.
    return code;
  }
}
