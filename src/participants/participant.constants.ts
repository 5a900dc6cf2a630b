import constituencyData from './constituencies.json';

export const ROLES = ['delegate', 'moderator', 'secretariat', 'observer'] as const;
export type Role = (typeof ROLES)[number];

export const LANGUAGES = ['en', 'fr', 'es', 'ar', 'zh', 'ru'] as const;
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

export type ConstituencyLabel = { code: Constituency } & Record<Language, string>;

/**
 * Labels in the six languages: English, French and Spanish from the conference data (copied from
 * shared/data), Arabic, Chinese and Russian added with the catalogues of issue 16.
 */
export const CONSTITUENCY_LABELS: readonly ConstituencyLabel[] =
  constituencyData.constituencies as ConstituencyLabel[];
