/**
 * The shapes clients see of sessions, recommendations, votes and comments — REST responses and
 * realtime payloads alike.
 */
import type { SessionKind, SessionStatus } from './constants';

export type RecommendationStatus = 'submitted' | 'withdrawn' | 'merged' | 'hidden';
export type GovernanceLevel = 'local' | 'national' | 'regional' | 'global' | 'multi_level';
export type VoteValue = 'support' | 'oppose' | 'abstain';
export type Stance = 'for' | 'against' | 'neutral';
export type Disposition = 'adopted' | 'noted' | 'not_adopted';
export type ConsensusMark = 'broad' | 'contested' | null;
export type RecommendationSort = 'top' | 'new' | 'consensus' | 'contested';

export const GOVERNANCE_LEVELS: readonly GovernanceLevel[] = [
  'local',
  'national',
  'regional',
  'global',
  'multi_level',
];
export const VOTE_VALUES: readonly VoteValue[] = ['support', 'oppose', 'abstain'];
export const STANCES: readonly Stance[] = ['for', 'against', 'neutral'];
export const DISPOSITIONS: readonly Disposition[] = ['adopted', 'noted', 'not_adopted'];
export const RECOMMENDATION_SORTS: readonly RecommendationSort[] = [
  'top',
  'new',
  'consensus',
  'contested',
];

export interface PersonRef {
  id: string;
  name: string;
  organisation: string | null;
}

export interface SessionView {
  id: string;
  conferenceId: string;
  title: string;
  kind: SessionKind;
  description: string | null;
  room: string | null;
  startsAt: string;
  endsAt: string;
  status: SessionStatus;
  summary: string | null;
  moderators: PersonRef[];
  counts: { recommendations: number; comments: number; votes: number };
  translations: { title?: Record<string, string>; description?: Record<string, string> };
  closedAt: string | null;
  /** The session's realtime event counter at the time of this view. */
  seq: number;
}

export interface Tally {
  support: number;
  oppose: number;
  abstain: number;
}

export interface ConstituencySupport {
  constituency: string;
  /** Votes of any value cast by the constituency. */
  votes: number;
  support: number;
  oppose: number;
  abstain: number;
  /** support / (support + oppose) when the constituency cast at least 3 votes; else null. */
  supportShare: number | null;
}

export interface RecommendationView {
  id: string;
  sessionId: string;
  title: string;
  body: string;
  themes: string[];
  governanceLevel: GovernanceLevel;
  status: RecommendationStatus;
  version: number;
  author: PersonRef;
  sponsors: PersonRef[];
  tally: Tally;
  /** Lowest support share among constituencies with ≥ 3 votes; 0 when fewer than two qualify. */
  bridging: number;
  consensus: ConsensusMark;
  /** The caller's own vote (null in broadcasts: each client keeps its own). */
  myVote: VoteValue | null;
  disposition: Disposition | null;
  /** What the conference's adoption rule proposes, once the session is closed. */
  proposedDisposition: Disposition | null;
  dispositionNote: string | null;
  mergedIntoId: string | null;
  /** Only moderators and the secretariat see why something was hidden. */
  hiddenReason: string | null;
  commentCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface TallyUpdate extends Tally {
  recommendationId: string;
  bridging: number;
  consensus: ConsensusMark;
}

export interface CommentView {
  id: string;
  recommendationId: string;
  sessionId: string;
  parentId: string | null;
  author: PersonRef;
  /** Empty for a hidden comment: the text is kept for the audit, not shown. */
  body: string;
  stance: Stance;
  hidden: boolean;
  hiddenReason: string | null;
  createdAt: string;
}
