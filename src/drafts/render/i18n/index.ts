import type { Language } from '../../draft-document';
import type { DraftCatalogue } from './catalogue';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';

export type { ChangeCounts, DraftCatalogue, ParagraphStatusName } from './catalogue';

export const DRAFT_CATALOGUES: Readonly<Record<Language, DraftCatalogue>> = { en, fr, es };

export function draftCatalogueFor(language: Language): DraftCatalogue {
  return DRAFT_CATALOGUES[language] ?? en;
}
