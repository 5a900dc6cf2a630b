/**
 * What the compiler reads from the database, in one consistent snapshot, before it assembles
 * the document. Plain rows only: the assembly is a pure function of this, so it can be tested
 * and measured without a database, and nothing is read twice.
 */
import type { AdoptionRule, ConferenceTranslations } from '../../conferences/conference.entity';
import type { Disposition, GovernanceLevel, VoteValue } from '#contract';
import type { Language } from '../../participants/participant.constants';
import type { SessionKind, SessionStatus } from '../../sessions/session.constants';

export interface ConferenceRow {
  id: string;
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

export interface SessionRow {
  id: string;
  title: string;
  kind: SessionKind;
  room: string | null;
  startsAt: Date;
  endsAt: Date;
  status: SessionStatus;
  summary: string | null;
  titles: Record<string, string>;
  closedAt: Date | null;
}

export interface ModeratorRow {
  sessionId: string;
  name: string;
  organisation: string | null;
}

/** A submitted recommendation of an included session (hidden, withdrawn and merged ones are never read). */
export interface RecommendationRow {
  id: string;
  sessionId: string;
  title: string;
  body: string;
  themes: string[];
  governanceLevel: GovernanceLevel;
  /** The moderator's disposition; null when they recorded none. */
  disposition: Disposition | null;
  dispositionNote: string | null;
}

/** Who recorded a recommendation's disposition, from the audit log (the latest entry wins). */
export interface DecisionRow {
  recommendationId: string;
  actorRole: string | null;
  name: string | null;
}

export interface SponsorRow {
  recommendationId: string;
  organisation: string | null;
}

export interface VoteCountRow {
  recommendationId: string;
  constituency: string | null;
  value: VoteValue;
  count: number;
}

export interface ParticipationRow {
  constituency: string | null;
  country: string | null;
  count: number;
}

export interface SpeakingRow {
  constituency: string | null;
  turns: number;
  seconds: number;
}

export interface CompileSnapshot {
  conference: ConferenceRow;
  /** The whole programme, in programme order (annex B lists every session). */
  sessions: SessionRow[];
  /** The closed sessions the document is compiled from, in programme order. */
  includedSessionIds: string[];
  moderators: ModeratorRow[];
  /** Oldest first, so that the document order does not depend on the database's row order. */
  recommendations: RecommendationRow[];
  /** Per recommendation, in the order the sponsors joined (the author first). */
  sponsors: SponsorRow[];
  votes: VoteCountRow[];
  participation: ParticipationRow[];
  /** Finished turns of the included sessions' speakers' lists; absent in older callers. */
  speaking?: SpeakingRow[];
  /** Oldest first; absent when the caller has no audit log to read (tests, older callers). */
  decisions?: DecisionRow[];
}
