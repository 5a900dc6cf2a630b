/**
 * The realtime contract of the `/live` socket.io namespace (API.md, "Realtime"), shared by
 * the server gateway and the web client.
 */
import type { AckError } from './errors';
import type {
  CommentView,
  GovernanceLevel,
  RecommendationView,
  SessionView,
  Stance,
  TallyUpdate,
  VoteValue,
} from './views';
import type { SpeakersView } from './speakers';

export const LIVE_NAMESPACE = '/live';

/** Every sequenced event carries its session and the session's next event number. */
export interface Sequenced {
  sessionId: string;
  seq: number;
}

export interface ServerToClientEvents {
  'recommendation:created': (event: Sequenced & { recommendation: RecommendationView }) => void;
  'recommendation:updated': (event: Sequenced & { recommendation: RecommendationView }) => void;
  'comment:created': (event: Sequenced & { comment: CommentView }) => void;
  'comment:hidden': (event: Sequenced & { comment: CommentView }) => void;
  'tally:updated': (event: Sequenced & { tallies: TallyUpdate[] }) => void;
  'session:updated': (event: Sequenced & { session: SessionView }) => void;
  /** The whole speakers' list after any change to it. */
  'speakers:updated': (event: Sequenced & SpeakersView) => void;
  /** Not sequenced: a count of connected participants. */
  presence: (event: { sessionId: string; connected: number }) => void;
}

export type SequencedEventName = Exclude<keyof ServerToClientEvents, 'presence'>;
export type SequencedEvent = {
  [K in SequencedEventName]: { name: K; payload: Parameters<ServerToClientEvents[K]>[0] };
}[SequencedEventName];

export type Ack<T> = { ok: true; data: T } | { ok: false; error: AckError };

export interface SessionSnapshot {
  session: SessionView;
  recommendations: RecommendationView[];
  speakers: SpeakersView;
  seq: number;
}

export type SyncResult =
  | { kind: 'events'; events: SequencedEvent[]; seq: number }
  | ({ kind: 'snapshot' } & SessionSnapshot);

export interface ClientToServerEvents {
  'session:join': (
    body: { sessionId: string },
    ack: (result: Ack<SessionSnapshot>) => void,
  ) => void;
  'session:leave': (body: { sessionId: string }, ack: (result: Ack<null>) => void) => void;
  'session:sync': (
    body: { sessionId: string; sinceSeq: number },
    ack: (result: Ack<SyncResult>) => void,
  ) => void;
  'recommendation:submit': (
    body: {
      sessionId: string;
      title: string;
      body: string;
      themes: string[];
      governanceLevel: GovernanceLevel;
      requestId?: string;
    },
    ack: (result: Ack<RecommendationView>) => void,
  ) => void;
  'recommendation:update': (
    body: {
      id: string;
      version: number;
      title?: string;
      body?: string;
      themes?: string[];
      governanceLevel?: GovernanceLevel;
    },
    ack: (result: Ack<RecommendationView>) => void,
  ) => void;
  'comment:add': (
    body: {
      recommendationId: string;
      body: string;
      stance: Stance;
      parentId?: string;
      requestId?: string;
    },
    ack: (result: Ack<CommentView>) => void,
  ) => void;
  'vote:cast': (
    body: { recommendationId: string; value: VoteValue },
    ack: (result: Ack<VoteResult>) => void,
  ) => void;
  'vote:withdraw': (
    body: { recommendationId: string },
    ack: (result: Ack<VoteResult>) => void,
  ) => void;
}

export interface VoteResult {
  recommendationId: string;
  tally: { support: number; oppose: number; abstain: number };
  myVote: VoteValue | null;
}
