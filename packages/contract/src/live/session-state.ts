/**
 * A session's live state and how each event changes it: the one reducer the browser, the server's
 * tests and the benchmark all run. The ordering rules (strict `seq` order, gaps held back until
 * `session:sync` fills them) are every room's: sequenced-room.ts. No I/O here, so every ordering
 * case can be tested without a socket.
 */
import type { SequencedEvent, SessionSnapshot, SyncResult, VoteResult } from '../events';
import type { SpeakersView } from '../speakers';
import type { CommentView, RecommendationView, SessionView, TallyUpdate } from '../views';
import { sequencedRoom, type RoomStep, type SequencedState } from './sequenced-room';

export interface LiveSessionState extends SequencedState<SequencedEvent> {
  session: SessionView;
  /** In the order the server gave them; sorting is the view's business. */
  recommendations: RecommendationView[];
  /**
   * Comments by recommendation id: those of the recommendations whose comments were loaded
   * (`setComments`), or, with `commentsOfAll`, every comment that arrived since the snapshot.
   */
  comments: Record<string, CommentView[]>;
  /** A screen without REST (the tests', the benchmark's) keeps every comment it is sent. */
  commentsOfAll: boolean;
  /** The speakers' list; its countdown is derived from `current.startedAt` and `turnSeconds`. */
  speakers: SpeakersView;
}

/** `gap`: ask for `session:sync` since `state.seq`. */
export type SessionStep = RoomStep<LiveSessionState>;

const room = sequencedRoom<LiveSessionState, SequencedEvent, SessionSnapshot>({
  inRoom: (state, event) => event.payload.sessionId === state.session.id,
  apply,
});

export function fromSessionSnapshot(
  snapshot: SessionSnapshot,
  previous?: Pick<LiveSessionState, 'epoch' | 'pending'> | null,
  commentsOfAll = false,
): LiveSessionState {
  return room.fromSnapshot(
    {
      session: snapshot.session,
      recommendations: snapshot.recommendations,
      comments: {},
      commentsOfAll,
      speakers: snapshot.speakers,
      seq: snapshot.seq,
    },
    previous,
  );
}

export function receiveSessionEvent(state: LiveSessionState, event: SequencedEvent): SessionStep {
  return room.receive(state, event);
}

/** Applies the answer of `session:sync`: the missed events, or a fresh snapshot. */
export function applySessionSync(state: LiveSessionState, result: SyncResult): SessionStep {
  return room.applySync(state, result, (snapshot, previous) =>
    fromSessionSnapshot(snapshot, previous, previous.commentsOfAll),
  );
}

/** The caller's own vote, from the REST answer or the socket acknowledgement. */
export function applyVoteResult(state: LiveSessionState, result: VoteResult): LiveSessionState {
  return mapRecommendation(state, result.recommendationId, (r) => ({
    ...r,
    tally: { ...result.tally },
    myVote: result.myVote,
  }));
}

/** A recommendation the caller created or changed over REST, before (or without) its event. */
export function upsertRecommendation(
  state: LiveSessionState,
  recommendation: RecommendationView,
): LiveSessionState {
  return {
    ...state,
    recommendations: upsert(state.recommendations, recommendation),
  };
}

export function setComments(
  state: LiveSessionState,
  recommendationId: string,
  comments: CommentView[],
): LiveSessionState {
  return { ...state, comments: { ...state.comments, [recommendationId]: comments } };
}

/** A comment the caller posted, shown at once; its later `comment:created` event is a no-op. */
export function addOwnComment(state: LiveSessionState, comment: CommentView): LiveSessionState {
  return addComment(state, comment);
}

/** A comment the caller (a moderator) hid, shown at once; its later `comment:hidden` event is a no-op. */
export function hideOwnComment(state: LiveSessionState, comment: CommentView): LiveSessionState {
  return hideComment(state, comment);
}

function apply(state: LiveSessionState, event: SequencedEvent): LiveSessionState {
  switch (event.name) {
    case 'recommendation:created':
    case 'recommendation:updated':
      return {
        ...state,
        recommendations: upsert(state.recommendations, event.payload.recommendation),
      };
    case 'tally:updated':
      return applyTallies(state, event.payload.tallies);
    case 'comment:created':
      return addComment(state, event.payload.comment);
    case 'comment:hidden':
      return hideComment(state, event.payload.comment);
    case 'session:updated':
      return { ...state, session: event.payload.session };
    case 'speakers:updated': {
      const { sessionId: _sessionId, seq: _seq, ...speakers } = event.payload;
      return { ...state, speakers };
    }
  }
}

/**
 * Broadcasts carry `myVote: null` (each client keeps its own vote), and an event may describe an
 * older version than the one a REST answer already gave us; neither may undo what we know.
 */
function upsert(list: RecommendationView[], incoming: RecommendationView): RecommendationView[] {
  const index = list.findIndex((r) => r.id === incoming.id);
  if (index < 0) return [...list, incoming];
  const existing = list[index]!;
  if (incoming.version < existing.version) return list;
  const merged = { ...incoming, myVote: incoming.myVote ?? existing.myVote };
  return list.map((r, i) => (i === index ? merged : r));
}

/**
 * Every screen runs this for every `tally:updated` (several a second, each naming a few of the
 * session's recommendations): it finds the named ones with a plain loop and copies the list once,
 * rather than calling a closure and a Map lookup for every recommendation of the session, and keeps
 * an unchanged recommendation (and the list, when nothing changed) as it was, so views need not
 * redraw it.
 */
function applyTallies(state: LiveSessionState, tallies: TallyUpdate[]): LiveSessionState {
  const before = state.recommendations;
  let after = before;
  for (const t of tallies) {
    let index = -1;
    for (let i = 0; i < after.length; i++) {
      if (after[i]!.id === t.recommendationId) {
        index = i;
        break;
      }
    }
    if (index < 0) continue;
    const r = after[index]!;
    if (
      r.tally.support === t.support &&
      r.tally.oppose === t.oppose &&
      r.tally.abstain === t.abstain &&
      r.bridging === t.bridging &&
      r.consensus === t.consensus
    )
      continue;
    if (after === before) after = before.slice();
    after[index] = {
      ...r,
      tally: { support: t.support, oppose: t.oppose, abstain: t.abstain },
      bridging: t.bridging,
      consensus: t.consensus,
    };
  }
  return after === before ? state : { ...state, recommendations: after };
}

/** The comments kept of a recommendation, if they are kept (see `comments`). */
function kept(state: LiveSessionState, recommendationId: string): CommentView[] | undefined {
  return state.comments[recommendationId] ?? (state.commentsOfAll ? [] : undefined);
}

function addComment(state: LiveSessionState, comment: CommentView): LiveSessionState {
  const loaded = kept(state, comment.recommendationId);
  if (loaded?.some((c) => c.id === comment.id)) return state;
  const next = mapRecommendation(state, comment.recommendationId, (r) => ({
    ...r,
    commentCount: r.commentCount + 1,
  }));
  if (!loaded) return next;
  return {
    ...next,
    comments: { ...next.comments, [comment.recommendationId]: [...loaded, comment] },
  };
}

/**
 * A hidden comment no longer counts (the server lowers `commentCount` when it hides one, and hides
 * each comment once); whether the event or the moderator's own answer comes first, it is counted
 * down once.
 */
function hideComment(state: LiveSessionState, comment: CommentView): LiveSessionState {
  const loaded = kept(state, comment.recommendationId);
  if (loaded?.some((c) => c.id === comment.id && c.hidden)) return state;
  const next = mapRecommendation(state, comment.recommendationId, (r) => ({
    ...r,
    commentCount: Math.max(0, r.commentCount - 1),
  }));
  if (!loaded) return next;
  return {
    ...next,
    comments: {
      ...next.comments,
      [comment.recommendationId]: loaded.map((c) => (c.id === comment.id ? comment : c)),
    },
  };
}

function mapRecommendation(
  state: LiveSessionState,
  id: string,
  change: (r: RecommendationView) => RecommendationView,
): LiveSessionState {
  return {
    ...state,
    recommendations: state.recommendations.map((r) => (r.id === id ? change(r) : r)),
  };
}
