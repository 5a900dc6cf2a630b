import type { InputProblem } from './errors';
/**
 * What REST returns of participants, sign-in, conferences, frameworks, the audit trail and
 * outcome-document versions.
 */
import type { Constituency, Language, Role } from './constants';

export interface ParticipantView {
  id: string;
  name: string;
  /** Only to the participant and the secretariat that manages them. */
  email?: string;
  organisation: string | null;
  constituency: Constituency | null;
  country: string | null;
  city: string | null;
  language: Language;
  role: Role;
  conferenceId: string | null;
  active: boolean;
  createdAt: string;
  /** Secretariat only: sign-in with the current code is locked until then (null: it is not). */
  signInLockedUntil?: string | null;
}

export interface LoginView {
  accessToken: string;
  expiresIn: number;
  participant: ParticipantView;
}

export interface CreatedParticipantView extends ParticipantView {
  /** The one-time access code, shown only in this response. */
  accessCode: string;
}

export interface ParticipantPageView {
  items: ParticipantView[];
  total: number;
  limit: number;
  offset: number;
}

export interface ImportResultView {
  created: number;
  skipped: number;
  /**
   * Each refused line: its number (the header is line 1), the English message, and the same as
   * problems to word in the user's language (the validation rules, `duplicateInFile`,
   * `alreadyExists`).
   */
  errors: { line: number; message: string; problems: InputProblem[] }[];
  accessCodes: { email: string; accessCode: string }[];
}

export interface AdoptionRule {
  /** Fewest support-or-oppose votes for a recommendation to be adoptable. */
  minVotes: number;
  /** Support share of support-or-oppose votes needed, 0..1. */
  minSupportShare: number;
}

/** Per-language variants of the conference's own texts (the main fields hold the first language's). */
export interface ConferenceTranslations {
  title?: Partial<Record<Language, string>>;
  targetProcess?: Partial<Record<Language, string>>;
  introduction?: Partial<Record<Language, string>>;
  /** The city's name in each language ("Malines", "Malinas", "مشلن"), used wherever it prints. */
  city?: Partial<Record<Language, string>>;
  hosts?: Partial<Record<Language, string[]>>;
  partners?: Partial<Record<Language, string[]>>;
}

export interface ConferenceView {
  id: string;
  slug: string;
  title: string;
  city: string;
  country: string;
  timezone: string;
  startsOn: string;
  endsOn: string;
  framework: string;
  languages: Language[];
  targetProcess: string | null;
  introduction: string | null;
  hosts: string[];
  partners: string[];
  adoptionRule: AdoptionRule;
  translations: ConferenceTranslations;
}

export interface ThemeTitles {
  title?: string;
  shortTitle?: string;
}

export interface FrameworkThemeView {
  code: string;
  number: number;
  title: string;
  shortTitle: string;
  /** Title and short title in other languages, from the framework's data. */
  translations?: Partial<Record<Language, ThemeTitles>>;
}

export interface FrameworkView {
  id: string;
  title: string;
  source: string;
  note?: string;
  themes: FrameworkThemeView[];
}

export interface AuditEntryView {
  id: string;
  at: string;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  conferenceId: string | null;
  sessionId: string | null;
  targetType: string | null;
  targetId: string | null;
  details: Record<string, unknown> | null;
}

export interface AuditPageView {
  items: AuditEntryView[];
  nextCursor: string | null;
}

export type ReportStatus = 'draft' | 'final';

/** A compiled version of the outcome document, as GET /conferences/:id/reports lists it. */
export interface LanguageVersionView {
  id: string;
  version: number;
  language: Language;
}

export interface ReportVersionView {
  id: string;
  conferenceId: string;
  version: number;
  status: ReportStatus;
  language: Language;
  /** SHA-256 of the document's content (not its version number, status or compile time). */
  sha256: string;
  /**
   * SHA-256 of what the document says whatever its language (recommendations as written, votes,
   * tallies, dispositions, sessions): the same in every language version of one outcome; null
   * for versions compiled before it was recorded.
   */
  contentSha256: string | null;
  /** The versions in other languages with the same `contentSha256`, oldest first. */
  languageVersions: LanguageVersionView[];
  sessionIds: string[];
  createdAt: string;
  finalizedAt: string | null;
}
