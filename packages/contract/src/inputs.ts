/**
 * What clients send: the request bodies of API.md. The server's validated DTO classes
 * `implements` these, so a field renamed on one side breaks the build of the other.
 */
import type { Constituency, Language, Role, SessionKind } from './constants';
import type { AmendmentKind, AmendmentProcedure, ParagraphKind } from './draft-views';
import type { AdoptionRule, ConferenceTranslations } from './foundation-views';
import type { SpeakerMode } from './speakers';
import type { Disposition, GovernanceLevel, Stance, VoteValue } from './views';

export interface LoginInput {
  email: string;
  /** The participant's access code. */
  password: string;
}

export interface ConferenceInput {
  title: string;
  slug?: string;
  city: string;
  country: string;
  timezone?: string;
  startsOn: string;
  endsOn: string;
  framework: string;
  languages: Language[];
  targetProcess?: string;
  introduction?: string;
  adoptionRule?: AdoptionRule;
  translations?: ConferenceTranslations;
}

export interface ParticipantInput {
  name: string;
  email: string;
  organisation: string;
  constituency: Constituency;
  country: string;
  city?: string;
  role: Role;
  language?: Language;
  /** Required of the platform administrator; a conference's staff create in their own. */
  conferenceId?: string;
}

export type ParticipantUpdateInput = Partial<Omit<ParticipantInput, 'email' | 'conferenceId'>> & {
  active?: boolean;
};

export interface SessionInput {
  title: string;
  kind: SessionKind;
  startsAt: string;
  endsAt: string;
  room?: string;
  description?: string;
  moderatorIds?: string[];
  /** Per-language title and description, e.g. `{title: {fr: "Droits humains des migrants"}}`. */
  translations?: SessionTranslations;
}

export interface SessionTranslations {
  title?: Partial<Record<Language, string>>;
  description?: Partial<Record<Language, string>>;
}

/** `PATCH /sessions/:id`: any of the session's fields; `translations` replaces the stored ones. */
export type SessionUpdateInput = Partial<Omit<SessionInput, 'moderatorIds'>>;

export interface ParticipantIdsInput {
  participantIds: string[];
}

export interface SummaryInput {
  text: string;
}

export interface RecommendationInput {
  title: string;
  body: string;
  themes: string[];
  governanceLevel: GovernanceLevel;
}

export type RecommendationUpdateInput = Partial<RecommendationInput> & { version: number };

export interface MergeInput {
  intoId: string;
}

export interface ReasonInput {
  reason: string;
}

export interface DispositionInput {
  disposition: Disposition;
  note?: string;
}

export interface VoteInput {
  value: VoteValue;
}

export interface CommentInput {
  body: string;
  stance: Stance;
  parentId?: string;
}

export interface CompileReportInput {
  sessionIds?: string[];
  language?: Language;
}

export interface RequestFloorInput {
  /** At most one of the three (a `SpeakerTopic`); 400 names the field otherwise. */
  topic?: { recommendationId?: string; paragraphId?: string; amendmentId?: string };
}

export interface SpeakerSettingsInput {
  mode: SpeakerMode;
  turnSeconds: number;
}

export interface DraftInput {
  title: string;
  language: Language;
  fromReportId?: string;
  chairIds?: string[];
}

export interface ParagraphInput {
  afterId?: string;
  kind: ParagraphKind;
  text: string;
  alternatives?: string[];
}

export interface ParagraphUpdateInput {
  version: number;
  kind?: ParagraphKind;
  text?: string;
  alternatives?: string[];
}

export interface MoveParagraphInput {
  afterId?: string;
}

export interface TranslationInput {
  text: string;
  alternatives?: string[];
}

export interface FreezeVersionInput {
  label?: string;
}

export interface SilenceInput {
  until: string;
}

export interface BreakSilenceInput {
  paragraphNumbers: number[];
  reason: string;
}

export interface AmendmentInput {
  paragraphId: string;
  kind: AmendmentKind;
  text?: string;
  reason: string;
  baseVersion: number;
}

export interface AmendmentUpdateInput {
  text?: string;
  reason?: string;
  baseVersion: number;
}

export interface ProcedureInput {
  procedure: AmendmentProcedure;
  text?: string;
  note?: string;
}
