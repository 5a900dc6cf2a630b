/**
 * The outcome document as plain data: what the compiler builds from the database, what a
 * frozen version stores (with its SHA-256), and the only input of the renderers. Plain
 * JSON-serialisable values only, so a stored version renders byte for byte the same years later.
 */
import type { Disposition, GovernanceLevel, SessionKind } from '#contract';
import type { Constituency, Language } from '../participants/participant.constants';

export type { Constituency, Disposition, GovernanceLevel, Language, SessionKind };

export interface OutcomeDocument {
  meta: OutcomeMeta;
  /** Plain text from the conference record; paragraphs are separated by blank lines. */
  introduction: string;
  /** In the framework's order; themes with nothing to show may be left out. */
  chapters: OutcomeChapter[];
  /**
   * Every theme the printed recommendations carry, in the framework's order, so that a theme
   * without a chapter (one only noted recommendations carry) is named rather than given as a
   * code. When absent, renderers name the chapters' themes only.
   */
  themes?: ThemeRef[];
  sessionSummaries: SessionSummary[];
  /** Recommendations the sessions noted rather than adopted. */
  annexA: RecommendationEntry[];
  /** The programme, in the order it is printed. */
  annexB: ProgrammeItem[];
  annexC: Participation;
  annexD: Method;
}

export interface OutcomeMeta {
  title: string;
  city: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** The country's name in the document's language; see `Participation.byCountry` for why. */
  countryName?: string;
  /** YYYY-MM-DD. */
  startsOn: string;
  /** YYYY-MM-DD. */
  endsOn: string;
  /** The process the document feeds, e.g. the GCM stocktaking meeting; null when none. */
  targetProcess: string | null;
  /** Every heading and fixed text is printed in this language. */
  language: Language;
  version: number;
  status: 'draft' | 'final';
  /** Hex SHA-256 of the content, printed so readers can match a copy with the frozen version. */
  sha256: string;
  /**
   * Hex SHA-256 of what the document says whatever its language (see
   * `languageIndependentContent` in compile/hash.ts): the same in every language version of
   * one outcome. Absent in versions compiled before it was recorded.
   */
  contentSha256?: string;
  /**
   * The conference's versions in other languages with the same `contentSha256` that existed
   * when this one was stored, oldest first; later ones name this one in their turn (and
   * `GET /conferences/:id/reports` lists them all). Absent when there was none.
   */
  languageVersions?: LanguageVersionRef[];
  /**
   * `themeTerm`: what the framework calls its themes in the document's language ("Objective");
   * absent in versions compiled before it was recorded, which print the catalogue's "Theme".
   */
  framework: { id: string; title: string; themeTerm?: string };
  hosts: string[];
  partners: string[];
  /**
   * YYYY-MM-DD. The date printed in the document and stamped as the creation date of DOCX
   * and PDF files, instead of the clock, so that every render of a version is identical.
   */
  issuedOn: string;
}

export interface LanguageVersionRef {
  version: number;
  language: Language;
}

export interface ThemeRef {
  code: string;
  number: number;
  title: string;
  /** Used where the full title is too long: running text, cross-references, CSV. */
  shortTitle: string;
}

export interface OutcomeChapter {
  theme: ThemeRef;
  /** Recommendations whose first theme is this one, in document order. */
  recommendations: RecommendationEntry[];
  /** Recommendations printed under another theme that also carry this one. */
  crossReferences: Array<{ number: number; title: string }>;
}

export interface RecommendationEntry {
  /** Consecutive through the document, so cross-references and the CSV can cite it. */
  number: number;
  id: string;
  title: string;
  /** Plain text; paragraphs are separated by blank lines. */
  body: string;
  /** Theme codes, the first one deciding the chapter. */
  themes: string[];
  governanceLevel: GovernanceLevel;
  session: { id: string; title: string };
  /** Organisations of the author and co-sponsors, deduplicated: the document names no person. */
  sponsors: string[];
  tally: { support: number; oppose: number; abstain: number };
  constituencySupport: ConstituencySupportEntry[];
  /** Lowest support share among qualifying constituencies (0..1), 0 when fewer than two qualify. */
  bridging: number;
  consensus: 'broad' | 'contested' | null;
  /** The effective disposition: the one recorded after the session closed, else the rule's. */
  disposition: Disposition;
  /**
   * How the disposition was reached, so that a moderator's override of the vote is never
   * silent. Absent in versions compiled before it was recorded.
   */
  decision?: DispositionDecision;
}

export interface DispositionDecision {
  /** What the conference's adoption rule proposes from the tally. */
  proposed: Disposition;
  /**
   * Who settled the disposition: `rule` when nobody recorded one (the proposal stands), else
   * the role of whoever recorded it — a moderator of the session or the secretariat.
   */
  by: 'rule' | 'moderator' | 'secretariat';
  /** The moderator's name when a moderator recorded it (annex B names them too); else null. */
  name: string | null;
  /** The note recorded with the disposition; null when none. */
  note: string | null;
}

export interface ConstituencySupportEntry {
  constituency: Constituency;
  /** Support, oppose and abstain votes cast by this constituency. */
  votes: number;
  support: number;
  /** support / (support + oppose), or null when the constituency cast too few votes to count. */
  supportShare: number | null;
}

export interface SessionSummary {
  sessionId: string;
  title: string;
  kind: SessionKind;
  /** Written by the session's moderators; paragraphs are separated by blank lines. */
  summary: string;
}

export interface ProgrammeItem {
  title: string;
  kind: SessionKind;
  /** ISO 8601, UTC. */
  startsAt: string;
  /** ISO 8601, UTC. */
  endsAt: string;
  /** IANA zone the times are printed in: delegates read the programme in local time. */
  timezone: string;
  room: string | null;
  moderators: Array<{ name: string; organisation: string | null }>;
}

export interface Participation {
  total: number;
  byConstituency: Array<{ constituency: Constituency; count: number }>;
  /**
   * `name` is the country's name in the document's language, fixed at compile time so that
   * renders do not change with the ICU data of a Node.js upgrade; when absent, renderers ask
   * Intl.DisplayNames (see `countryName` in i18n).
   */
  byCountry: Array<{ country: string; name?: string; count: number }>;
  /**
   * Finished turns and speaking time (seconds) per constituency, from the compiled sessions'
   * speakers' lists, in the canonical order; absent when nobody was given the floor (so documents
   * of sessions run without a list keep their content and hash).
   */
  speaking?: Array<{ constituency: string | null; turns: number; seconds: number }>;
}

export interface Method {
  adoptionRule: { minVotes: number; minSupportShare: number };
  consensusRule: { minShare: number; minConstituencies: number; minVotesPerConstituency: number };
  /**
   * When a recommendation is marked contested: the room is split (at least `minVotes` support or
   * oppose votes, support share within [low, high]) or qualifying constituencies disagree (one at
   * `supportive` or more, another at `opposed` or less). Stored so the method annex of a frozen
   * version keeps explaining its marks if the rule changes later.
   */
  contestedRule: {
    minVotes: number;
    low: number;
    high: number;
    supportive: number;
    opposed: number;
  };
  /** When delegates could vote, printed in the method annex when known. */
  votingPeriod?: { startsAt: string; endsAt: string; timezone: string };
}
