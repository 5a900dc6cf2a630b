import type {
  CommentView,
  RecommendationView,
  SessionView,
  SpeakersView,
  TallyUpdate,
} from '#contract';
import type { DomainEvent } from './domain-event';

/** Names of the domain events the deliberation services publish after commit. */
export const DOMAIN_EVENTS = {
  sessionChanged: 'session.changed',
  recommendationCreated: 'recommendation.created',
  recommendationChanged: 'recommendation.changed',
  commentCreated: 'comment.created',
  commentHidden: 'comment.hidden',
  tallyChanged: 'tally.changed',
  speakersChanged: 'speakers.changed',
} as const;

export type SessionChangedEvent = DomainEvent<
  typeof DOMAIN_EVENTS.sessionChanged,
  { session: SessionView }
>;
export type RecommendationCreatedEvent = DomainEvent<
  typeof DOMAIN_EVENTS.recommendationCreated,
  { recommendation: RecommendationView }
>;
export type RecommendationChangedEvent = DomainEvent<
  typeof DOMAIN_EVENTS.recommendationChanged,
  { recommendation: RecommendationView }
>;
export type CommentCreatedEvent = DomainEvent<
  typeof DOMAIN_EVENTS.commentCreated,
  { comment: CommentView }
>;
export type CommentHiddenEvent = DomainEvent<
  typeof DOMAIN_EVENTS.commentHidden,
  { comment: CommentView }
>;
export type TallyChangedEvent = DomainEvent<
  typeof DOMAIN_EVENTS.tallyChanged,
  { tally: TallyUpdate }
>;

/** A speakers' list changed; its room gets the whole list (`speakers:updated`). */
export type SpeakersChangedEvent = DomainEvent<
  typeof DOMAIN_EVENTS.speakersChanged,
  { speakers: SpeakersView }
>;

export type DeliberationEvent =
  | SessionChangedEvent
  | RecommendationCreatedEvent
  | RecommendationChangedEvent
  | CommentCreatedEvent
  | CommentHiddenEvent
  | TallyChangedEvent
  | SpeakersChangedEvent;
