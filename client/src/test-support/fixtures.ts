import type {
  CommentView,
  RecommendationView,
  SequencedEvent,
  SessionSnapshot,
  SessionView,
} from '#contract';

export const SESSION_ID = 's-1';

export function session(overrides: Partial<SessionView> = {}): SessionView {
  return {
    id: SESSION_ID,
    conferenceId: 'c-1',
    title: 'Led discussion',
    kind: 'led_discussion',
    description: null,
    room: null,
    startsAt: '2017-11-16T09:30:00.000Z',
    endsAt: '2017-11-16T11:00:00.000Z',
    status: 'open',
    summary: null,
    moderators: [],
    counts: { recommendations: 0, comments: 0, votes: 0 },
    translations: {},
    closedAt: null,
    seq: 0,
    ...overrides,
  };
}

export function recommendation(
  id: string,
  overrides: Partial<RecommendationView> = {},
): RecommendationView {
  return {
    id,
    sessionId: SESSION_ID,
    title: `Recommendation ${id}`,
    body: 'Text',
    themes: ['GCM-1'],
    governanceLevel: 'local',
    status: 'submitted',
    version: 1,
    author: { id: 'p-1', name: 'Lucas Peeters', organisation: 'City of Mechelen' },
    sponsors: [],
    tally: { support: 0, oppose: 0, abstain: 0 },
    bridging: 0,
    consensus: null,
    myVote: null,
    disposition: null,
    proposedDisposition: null,
    dispositionNote: null,
    mergedIntoId: null,
    hiddenReason: null,
    commentCount: 0,
    createdAt: '2017-11-16T09:40:00.000Z',
    updatedAt: '2017-11-16T09:40:00.000Z',
    ...overrides,
  };
}

export function comment(id: string, recommendationId: string): CommentView {
  return {
    id,
    recommendationId,
    sessionId: SESSION_ID,
    parentId: null,
    author: { id: 'p-2', name: 'Amina Diallo', organisation: 'City of Dakar' },
    body: 'Agreed',
    stance: 'for',
    hidden: false,
    hiddenReason: null,
    createdAt: '2017-11-16T09:45:00.000Z',
  };
}

export function snapshot(seq: number, recommendations: RecommendationView[] = []): SessionSnapshot {
  return {
    session: session({ seq }),
    recommendations,
    speakers: {
      mode: 'fifo',
      turnSeconds: 180,
      current: null,
      queue: [],
      totals: [],
      organisations: [],
    },
    seq,
  };
}

export function tallyEvent(seq: number, id: string, support: number): SequencedEvent {
  return {
    name: 'tally:updated',
    payload: {
      sessionId: SESSION_ID,
      seq,
      tallies: [
        { recommendationId: id, support, oppose: 0, abstain: 0, bridging: 0, consensus: null },
      ],
    },
  };
}

export function createdEvent(seq: number, rec: RecommendationView): SequencedEvent {
  return {
    name: 'recommendation:created',
    payload: { sessionId: SESSION_ID, seq, recommendation: rec },
  };
}
