/**
 * The drafting room's shapes as clients see them (API.md, "Drafting room"): REST responses and
 * live payloads alike. Plain types with no server imports, so the web client can import them.
 */
import type { ConsensusMark, PersonRef, Tally, VoteValue } from './views';

export type DraftStatus = 'drafting' | 'under_silence' | 'adopted';
export type ParagraphKind = 'chapeau' | 'preambular' | 'operative' | 'heading';
export type AmendmentKind = 'replace' | 'insert_after' | 'delete';
export type AmendmentStatus =
  | 'proposed'
  | 'accepted'
  | 'accepted_modified'
  | 'rejected'
  | 'withdrawn'
  | 'voting'
  | 'adopted'
  | 'not_adopted';
export type AmendmentProcedure = 'accept' | 'accept_modified' | 'reject' | 'vote';

export const DRAFT_STATUSES: readonly DraftStatus[] = ['drafting', 'under_silence', 'adopted'];
export const PARAGRAPH_KINDS: readonly ParagraphKind[] = [
  'chapeau',
  'preambular',
  'operative',
  'heading',
];
export const AMENDMENT_KINDS: readonly AmendmentKind[] = ['replace', 'insert_after', 'delete'];
export const AMENDMENT_PROCEDURES: readonly AmendmentProcedure[] = [
  'accept',
  'accept_modified',
  'reject',
  'vote',
];

export interface ParagraphTranslationView {
  text: string;
  alternatives: string[];
  /** The paragraph's wording changed after this translation was entered. */
  outdated: boolean;
}

export interface ParagraphView {
  id: string;
  draftId: string;
  /** 1…n in document order over every paragraph but headings; null for headings. */
  number: number | null;
  kind: ParagraphKind;
  text: string;
  alternatives: string[];
  /** Square brackets in the text or an alternative, or alternatives at all: not clean. */
  bracketed: boolean;
  sources: Array<{ recommendationId: string }>;
  version: number;
  translations: Record<string, ParagraphTranslationView>;
}

export interface SilenceView {
  status: 'running' | 'broken' | 'adopted';
  until: string;
  startedBy: PersonRef;
  brokenBy: PersonRef | null;
  brokenByOrganisation: string | null;
  brokenAt: string | null;
  paragraphNumbers: number[] | null;
  reason: string | null;
}

/** A draft without its paragraphs (lists, and `draft:updated`). */
export interface DraftSummaryView {
  id: string;
  conferenceId: string;
  title: string;
  language: string;
  status: DraftStatus;
  /** Number of the latest frozen version; 0 (the zero draft) until a revision is frozen. */
  version: number;
  chairs: PersonRef[];
  fromReportId: string | null;
  /** No paragraph has brackets or alternatives. */
  clean: boolean;
  /** The latest silence procedure (running, broken or adopted), null when none was started. */
  silence: SilenceView | null;
  createdAt: string;
  updatedAt: string;
}

export interface DraftView extends DraftSummaryView {
  paragraphs: ParagraphView[];
}

export interface DiffPart {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

export interface AmendmentView {
  id: string;
  draftId: string;
  paragraphId: string;
  /** The paragraph's number now (null for a heading or a deleted paragraph). */
  paragraphNumber: number | null;
  kind: AmendmentKind;
  text: string | null;
  reason: string;
  status: AmendmentStatus;
  /** Filed against an older version of its paragraph: the author must update it first. */
  outdated: boolean;
  baseVersion: number;
  /** The paragraph's wording it was filed on. */
  baseText: string;
  /** Word-level changes from `baseText` to `text`. */
  diff: DiffPart[];
  compromiseText: string | null;
  note: string | null;
  author: PersonRef;
  sponsors: PersonRef[];
  tally: Tally;
  bridging: number;
  consensus: ConsensusMark;
  /** The caller's own vote (null in broadcasts). */
  myVote: VoteValue | null;
  decidedAt: string | null;
  appliedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface AmendmentTallyUpdate extends Tally {
  amendmentId: string;
  bridging: number;
  consensus: ConsensusMark;
}

export interface DraftVersionView {
  version: number;
  label: string;
  sha256: string;
  frozenAt: string;
}

export interface AmendmentVoteResult {
  amendmentId: string;
  tally: Tally;
  myVote: VoteValue | null;
}
