import type { Language } from '../../draft-document';
import type { DraftCatalogue } from './catalogue';
import { ar } from './ar';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { ru } from './ru';
import { zh } from './zh';

export type { ChangeCounts, DraftCatalogue, ParagraphStatusName } from './catalogue';

export const DRAFT_CATALOGUES: Readonly<Record<Language, DraftCatalogue>> = {
  en,
  fr,
  es,
  ar,
  zh,
  ru,
};

export function draftCatalogueFor(language: Language): DraftCatalogue {
  return DRAFT_CATALOGUES[language] ?? en;
}
