/**
 * Domain events: what services publish after a write has committed. Services never talk
 * to sockets; the realtime module (and anyone else) subscribes to these by `type`.
 */
export interface DomainEvent<TType extends string = string, TPayload = unknown> {
  type: TType;
  /** Conference the event belongs to, when it has one. */
  conferenceId?: string;
  /** Session the event belongs to, when it has one (the realtime room). */
  sessionId?: string;
  /** Draft the event belongs to, when it has one (the draft room). */
  draftId?: string;
  actorId?: string;
  payload: TPayload;
  /**
   * Set before commit by the session (or draft) event log for events clients see: the socket event name and
   * payload, with the session's (or draft's) next `seq`, exactly as stored for replay.
   */
  sequenced?: { name: string; payload: unknown };
}
