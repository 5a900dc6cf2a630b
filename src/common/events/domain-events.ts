import type {
  AmendmentView,
  CommentView,
  DraftSummaryView,
  ParagraphView,
  RecommendationView,
  SessionView,
  SpeakersView,
} from '#contract';

/** Something that happened in a session: the realtime module shows it in the session's room. */
export interface InSession<P> {
  conferenceId: string;
  sessionId: string;
  actorId?: string;
  payload: P;
}

/** Something that happened in a draft: the realtime module shows it in the draft's room. */
export interface InDraft<P> {
  conferenceId: string;
  draftId: string;
  actorId?: string;
  payload: P;
}

/** A paragraph event carries the draft's paragraph ids in document order, so clients renumber. */
export interface ParagraphEventPayload {
  paragraph: ParagraphView;
  order: string[];
}

export interface ParticipantChangedPayload {
  participantId: string;
  active: boolean;
  role: string;
}

/**
 * Every domain event, by name, with what it carries: what services publish inside a write's
 * transaction (emitted only after it commits) and what listeners receive. `publish` and
 * `@OnDomainEvent` are typed by this map, so a wrong payload or listener does not compile.
 * Payloads are domain views; what a socket receives is derived from them in src/realtime.
 */
export interface DomainEventMap {
  'session.changed': InSession<{ session: SessionView }>;
  'recommendation.created': InSession<{ recommendation: RecommendationView }>;
  'recommendation.changed': InSession<{ recommendation: RecommendationView }>;
  'comment.created': InSession<{ comment: CommentView }>;
  'comment.hidden': InSession<{ comment: CommentView }>;
  /**
   * A recommendation's votes changed. Only which one: its counters are read when the coalesced
   * `tally:updated` is sent (the TallyBroadcaster), so a tally published out of commit order
   * cannot be shown.
   */
  'tally.changed': InSession<{ recommendationId: string }>;
  /** A session's speakers' list changed; its room gets the whole list. */
  'speakers.changed': InSession<{ speakers: SpeakersView }>;
  /** A draft's speakers' list changed; the draft's room gets the whole list. */
  'draft.speakers.changed': InDraft<{ speakers: SpeakersView }>;
  'draft.changed': InDraft<{ draft: DraftSummaryView }>;
  'draft.paragraph.created': InDraft<ParagraphEventPayload>;
  'draft.paragraph.changed': InDraft<ParagraphEventPayload>;
  'draft.paragraph.deleted': InDraft<ParagraphEventPayload>;
  'draft.amendment.created': InDraft<{ amendment: AmendmentView }>;
  'draft.amendment.changed': InDraft<{ amendment: AmendmentView }>;
  /** An amendment's votes changed; like `tally.changed`, its counters are read when sent. */
  'draft.amendment.tally': InDraft<{ amendmentId: string }>;
  /** A participant's role or active flag changed: open sockets must re-check their rights. */
  'participant.changed': {
    conferenceId?: string;
    actorId?: string;
    payload: ParticipantChangedPayload;
  };
}

export type EventName = keyof DomainEventMap;

/** What the event `T` carries (Immich's `ArgOf`). */
export type ArgOf<T extends EventName> = DomainEventMap[T];

/** A queued event: its name and what it carries, correlated (narrow on `name`). */
export type DomainEvent<T extends EventName = EventName> = {
  [K in T]: { name: K; arg: ArgOf<K> };
}[T];

/** Names of the domain events the deliberation services publish. */
export const DOMAIN_EVENTS = {
  sessionChanged: 'session.changed',
  recommendationCreated: 'recommendation.created',
  recommendationChanged: 'recommendation.changed',
  commentCreated: 'comment.created',
  commentHidden: 'comment.hidden',
  tallyChanged: 'tally.changed',
  speakersChanged: 'speakers.changed',
  draftSpeakersChanged: 'draft.speakers.changed',
} as const satisfies Record<string, EventName>;
