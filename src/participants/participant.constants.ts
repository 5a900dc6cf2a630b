import constituencyData from './constituencies.json';

export const ROLES = ['delegate', 'moderator', 'secretariat', 'observer'] as const;
export type Role = (typeof ROLES)[number];

export const LANGUAGES = ['en', 'fr', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export const CONSTITUENCIES = [
  'local_government',
  'regional_government',
  'national_government',
  'international_organisation',
  'civil_society',
  'migrant_diaspora_organisation',
  'academia',
  'private_sector',
] as const;
export type Constituency = (typeof CONSTITUENCIES)[number];

export interface ConstituencyLabel {
  code: Constituency;
  en: string;
  fr: string;
  es: string;
}

/** Labels in the three languages, from the conference data (copied from shared/data). */
export const CONSTITUENCY_LABELS: readonly ConstituencyLabel[] =
  constituencyData.constituencies as ConstituencyLabel[];
