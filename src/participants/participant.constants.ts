import type { Constituency, Language } from '#contract';
import constituencyData from './constituencies.json';

// The lists are the contract's (the client offers the same ones); re-exported for the server's modules.
export { CONSTITUENCIES, LANGUAGES, ROLES } from '#contract';
export type { Constituency, Language, Role } from '#contract';

export type ConstituencyLabel = { code: Constituency } & Record<Language, string>;

/**
 * Labels in the six languages: English, French and Spanish from the conference data (copied from
 * shared/data), Arabic, Chinese and Russian added with the catalogues of issue 16.
 */
export const CONSTITUENCY_LABELS: readonly ConstituencyLabel[] =
  constituencyData.constituencies as ConstituencyLabel[];
