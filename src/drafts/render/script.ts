/**
 * What each language needs from a document format beyond its words: its tag, its writing
 * direction, and Word's three language slots (Latin, East Asian and complex scripts). Kept in
 * one place so that Arabic (right to left) and Chinese can be added here, not in every renderer.
 */
import type { Language } from '../draft-document';
import { draftCatalogueFor } from './i18n';

export interface LanguageProfile {
  language: Language;
  /** BCP 47 */
  tag: string;
  direction: 'ltr' | 'rtl';
  /** `w:lang`: `w:val` for Latin text, `w:eastAsia` and `w:bidi` when the language needs them. */
  docxLang: { val: string; eastAsia?: string; bidi?: string };
}

export function languageProfile(language: Language): LanguageProfile {
  const t = draftCatalogueFor(language);
  return {
    language,
    tag: t.languageTag,
    direction: t.direction,
    docxLang:
      t.direction === 'rtl' ? { val: t.languageTag, bidi: t.languageTag } : { val: t.languageTag },
  };
}
