import type { ClientToServerEvents, SequencedEvent, SequencedEventName } from '../events';

// A record, so that a sequenced event added to the contract but not here fails to compile.
const SEQUENCED: Record<SequencedEventName, true> = {
  'recommendation:created': true,
  'recommendation:updated': true,
  'comment:created': true,
  'comment:hidden': true,
  'tally:updated': true,
  'session:updated': true,
  'speakers:updated': true,
};

/** Every sequenced event a session room broadcasts: what a transport listens for. */
export const SEQUENCED_EVENT_NAMES = Object.keys(SEQUENCED) as readonly SequencedEventName[];

export type RequestName = keyof ClientToServerEvents;
export type RequestBody<E extends RequestName> = Parameters<ClientToServerEvents[E]>[0];
export type RequestResult<E extends RequestName> = Parameters<
  Parameters<ClientToServerEvents[E]>[1]
>[0];

export interface PresenceEvent {
  sessionId: string;
  connected: number;
}

/**
 * What a session feed needs of a live connection. The browser's socket.io connection
 * (client/src/live/connection.ts) and the tests' and benchmark's (src/contract/live-session.ts)
 * implement it; the feed's tests use a scripted fake.
 */
export interface LiveTransport {
  readonly connected: boolean;
  /** Sends a request and resolves with its acknowledgement (rejects on timeout or disconnect). */
  request<E extends RequestName>(event: E, body: RequestBody<E>): Promise<RequestResult<E>>;
  /** Every sequenced event of every joined session. Returns the unsubscribe function. */
  onEvent(handler: (event: SequencedEvent) => void): () => void;
  onPresence(handler: (event: PresenceEvent) => void): () => void;
  /** Each time the connection is (re)established; rooms are lost on reconnect. */
  onConnect(handler: () => void): () => void;
}
