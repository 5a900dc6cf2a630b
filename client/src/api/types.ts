/**
 * Response shapes of the foundation endpoints that src/contract/views.ts does not cover yet
 * (auth, participants, conferences, frameworks, audit, reports). They mirror the server's DTOs
 * field for field; if they move into the shared contract, import them from there instead.
 */
import type { Role } from '@contract/views';

export type Language = 'en' | 'fr' | 'es' | 'ar' | 'zh' | 'ru';
/** The six UN languages in the UN's order (by their English names), as the selector offers them. */
export const LANGUAGES: readonly Language[] = ['ar', 'zh', 'en', 'fr', 'ru', 'es'];

export type Constituency =
  | 'local_government'
  | 'regional_government'
  | 'national_government'
  | 'international_organisation'
  | 'civil_society'
  | 'migrant_diaspora_organisation'
  | 'academia'
  | 'private_sector';

export const CONSTITUENCIES: readonly Constituency[] = [
  'local_government',
  'regional_government',
  'national_government',
  'international_organisation',
  'civil_society',
  'migrant_diaspora_organisation',
  'academia',
  'private_sector',
];

export const ROLES: readonly Role[] = ['delegate', 'moderator', 'secretariat', 'observer'];

export interface Participant {
  id: string;
  name: string;
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

export interface LoginResponse {
  accessToken: string;
  expiresIn: number;
  participant: Participant;
}

export interface CreatedParticipant extends Participant {
  accessCode: string;
}

export interface ParticipantPage {
  items: Participant[];
  total: number;
  limit: number;
  offset: number;
}

export interface ImportResult {
  created: number;
  skipped: number;
  errors: { line: number; message: string }[];
  accessCodes: { email: string; accessCode: string }[];
}

export interface AdoptionRule {
  minVotes: number;
  minSupportShare: number;
}

type PerLanguage = Partial<Record<Language, string>>;

export interface Conference {
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
  translations: {
    title?: PerLanguage;
    targetProcess?: PerLanguage;
    introduction?: PerLanguage;
    city?: PerLanguage;
    hosts?: Partial<Record<Language, string[]>>;
    partners?: Partial<Record<Language, string[]>>;
  };
}

export interface FrameworkTheme {
  code: string;
  number: number;
  title: string;
  shortTitle: string;
  /** Title and short title in other languages, from the framework's data. */
  translations?: Partial<Record<Language, { title?: string; shortTitle?: string }>>;
}

export interface Framework {
  id: string;
  title: string;
  source: string;
  note?: string;
  themes: FrameworkTheme[];
}

export interface AuditEntry {
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

export interface AuditPage {
  items: AuditEntry[];
  nextCursor: string | null;
}

export type ReportFormat = 'docx' | 'pdf' | 'html' | 'md' | 'json' | 'csv';
export const REPORT_FORMATS: readonly ReportFormat[] = ['docx', 'pdf', 'html', 'md', 'json', 'csv'];

/** A compiled version of the outcome document, as GET /conferences/:id/reports lists it. */
export interface ReportVersion {
  id: string;
  conferenceId: string;
  version: number;
  status: 'draft' | 'final';
  language: Language;
  /** SHA-256 of the document's content (not its version number, status or compile time). */
  sha256: string;
  sessionIds: string[];
  createdAt: string;
  finalizedAt: string | null;
}
