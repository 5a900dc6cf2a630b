import type {
  DraftEvent,
  DraftEventName,
  DraftSequenced,
  Sequenced,
  SequencedEvent,
  SequencedEventName,
} from '#contract';
import type {
  ArgOf,
  DomainEvent,
  EventName,
  ParagraphEventPayload,
} from '../common/events/domain-events';

/** A session room's event before the log numbers it: its name and payload, less `sessionId` and `seq`. */
export type SessionMessage = {
  [N in SequencedEventName]: {
    name: N;
    body: Omit<Extract<SequencedEvent, { name: N }>['payload'], keyof Sequenced>;
  };
}[SequencedEventName];

/** A draft room's event before the log numbers it: its name and payload, less `draftId` and `seq`. */
export type DraftMessage = {
  [N in DraftEventName]: {
    name: N;
    body: Omit<Extract<DraftEvent, { name: N }>['payload'], keyof DraftSequenced>;
  };
}[DraftEventName];

/** Where a domain event is shown, and as what. */
export type RoomEvent =
  | { room: 'session'; sessionId: string; message: SessionMessage }
  | { room: 'draft'; draftId: string; message: DraftMessage };

const inSession = (sessionId: string, message: SessionMessage): RoomEvent => ({
  room: 'session',
  sessionId,
  message,
});
const inDraft = (draftId: string, message: DraftMessage): RoomEvent => ({
  room: 'draft',
  draftId,
  message,
});
const paragraph = ({ paragraph, order }: ParagraphEventPayload) => ({ paragraph, order });

/**
 * What the rooms see of each domain event, one by one, taking only the fields the contract's
 * event has. Absent: tallies (coalesced by the TallyBroadcaster and DraftTallyBroadcaster, which
 * read the counters when they send) and participant changes (no room sees them).
 */
const ROOM_EVENTS: { [K in EventName]?: (event: ArgOf<K>) => RoomEvent } = {
  'session.changed': ({ sessionId, payload }) =>
    inSession(sessionId, { name: 'session:updated', body: { session: payload.session } }),
  'recommendation.created': ({ sessionId, payload }) =>
    inSession(sessionId, {
      name: 'recommendation:created',
      body: { recommendation: payload.recommendation },
    }),
  'recommendation.changed': ({ sessionId, payload }) =>
    inSession(sessionId, {
      name: 'recommendation:updated',
      body: { recommendation: payload.recommendation },
    }),
  'comment.created': ({ sessionId, payload }) =>
    inSession(sessionId, { name: 'comment:created', body: { comment: payload.comment } }),
  'comment.hidden': ({ sessionId, payload }) =>
    inSession(sessionId, { name: 'comment:hidden', body: { comment: payload.comment } }),
  // The whole list, spread into the payload beside sessionId and seq (API.md).
  'speakers.changed': ({ sessionId, payload }) =>
    inSession(sessionId, { name: 'speakers:updated', body: payload.speakers }),
  'draft.changed': ({ draftId, payload }) =>
    inDraft(draftId, { name: 'draft:updated', body: { draft: payload.draft } }),
  'draft.paragraph.created': ({ draftId, payload }) =>
    inDraft(draftId, { name: 'paragraph:created', body: paragraph(payload) }),
  'draft.paragraph.changed': ({ draftId, payload }) =>
    inDraft(draftId, { name: 'paragraph:updated', body: paragraph(payload) }),
  'draft.paragraph.deleted': ({ draftId, payload }) =>
    inDraft(draftId, { name: 'paragraph:deleted', body: paragraph(payload) }),
  'draft.amendment.created': ({ draftId, payload }) =>
    inDraft(draftId, { name: 'amendment:created', body: { amendment: payload.amendment } }),
  'draft.amendment.changed': ({ draftId, payload }) =>
    inDraft(draftId, { name: 'amendment:updated', body: { amendment: payload.amendment } }),
  'draft.speakers.changed': ({ draftId, payload }) =>
    inDraft(draftId, { name: 'speakers:updated', body: payload.speakers }),
};

/** The room event a domain event becomes, or null when no room sees it one by one. */
export function roomEventOf<K extends EventName>(event: DomainEvent<K>): RoomEvent | null {
  const toRoom = ROOM_EVENTS[event.name];
  return toRoom ? toRoom(event.arg) : null;
}
