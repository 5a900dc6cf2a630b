import type { Ack, ClientToServerEvents, SequencedEvent } from '#contract';

export type ConnectionStatus = 'connecting' | 'live' | 'reconnecting' | 'unavailable';

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
 * What the live features need of a connection, so that the session feed can be tested with a
 * fake one and the real socket.io connection stays in one file.
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

export function ackError(result: Ack<unknown>): string | null {
  if (result.ok) return null;
  const message = result.error.message;
  return Array.isArray(message) ? message.join('; ') : message;
}
