import { unCountryName } from '../../common/i18n/country-names';
import type { Language } from '../outcome-document';
import { ar } from './ar';
import type { Catalogue } from './catalogue';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { ru } from './ru';
import { zh } from './zh';

export type { Catalogue, DateParts } from './catalogue';

export const CATALOGUES: Readonly<Record<Language, Catalogue>> = { en, fr, es, ar, zh, ru };

export function catalogueFor(language: Language): Catalogue {
  return CATALOGUES[language] ?? en;
}

/**
 * A country's name in the document's language, for the compiler to store in the document
 * (`meta.countryName`, `annexC.byCountry[].name`) and for renderers when it did not: the UN's
 * short name where it differs from CLDR's, else Intl.DisplayNames — whose names depend on the ICU
 * data of the running Node.js, which is why storing the name is better.
 */
export function countryName(code: string, language: Language): string {
  return unCountryName(code, language);
}
