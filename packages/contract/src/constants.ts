/**
 * The closed lists and limits both sides enforce: the server validates against them, the client
 * offers them in its forms. One copy, so a new role, language or length limit is one edit.
 */
export const ROLES = ['delegate', 'moderator', 'secretariat', 'observer'] as const;
export type Role = (typeof ROLES)[number];

/** The six UN languages; this order is the one the API and the exports list them in. */
export const LANGUAGES = ['en', 'fr', 'es', 'ar', 'zh', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];
/** The same six in the UN's order (by their English names), as a language selector offers them. */
export const LANGUAGES_UN_ORDER: readonly Language[] = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];

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

export const SESSION_KINDS = [
  'plenary',
  'led_discussion',
  'parallel_workshop',
  'thematic_session',
] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export const SESSION_STATUSES = ['scheduled', 'open', 'voting', 'closed'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export type SessionTransition = 'open' | 'lock-submissions' | 'close' | 'reopen';
/**
 * `scheduled → open → voting → closed`, and back from closed to voting (by the secretariat only:
 * the server checks who). The transition's name is its REST path segment.
 */
export const SESSION_TRANSITIONS: Readonly<
  Record<SessionTransition, { from: readonly SessionStatus[]; to: SessionStatus }>
> = {
  open: { from: ['scheduled'], to: 'open' },
  'lock-submissions': { from: ['open'], to: 'voting' },
  close: { from: ['open', 'voting'], to: 'closed' },
  reopen: { from: ['closed'], to: 'voting' },
};

export const REPORT_FORMATS = ['docx', 'pdf', 'html', 'md', 'json', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Longest accepted text of each field, in characters (after trimming). */
export const LIMITS = {
  recommendationTitle: 300,
  recommendationBody: 10_000,
  recommendationThemes: 5,
  themeCode: 40,
  comment: 4000,
  hiddenReason: 500,
  dispositionNote: 1000,
  sessionTitle: 300,
  sessionRoom: 120,
  sessionDescription: 5000,
  sessionSummary: 20_000,
  participantName: 200,
  email: 254,
  organisation: 200,
  city: 120,
  conferenceTitle: 300,
  targetProcess: 500,
  introduction: 20_000,
} as const;
