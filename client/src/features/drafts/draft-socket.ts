import {
  LIVE_NAMESPACE,
  type DraftClientToServerEvents,
  type DraftEvent,
  type DraftEventName,
  type DraftServerToClientEvents,
} from '#contract';
import type { Socket } from 'socket.io-client';
import { io } from '../../live/socket-io';

/** socket.io's default HTTP path, as the app's main connection uses it. */
const SOCKET_PATH = '/socket.io';
const ACK_TIMEOUT_MS = 8000;

const DRAFT_EVENTS: readonly DraftEventName[] = [
  'paragraph:created',
  'paragraph:updated',
  'paragraph:deleted',
  'amendment:created',
  'amendment:updated',
  'tally:updated',
  'draft:updated',
  'speakers:updated',
];

export type DraftRequestName = keyof DraftClientToServerEvents;
export type DraftRequestBody<E extends DraftRequestName> = Parameters<
  DraftClientToServerEvents[E]
>[0];
export type DraftRequestResult<E extends DraftRequestName> = Parameters<
  Parameters<DraftClientToServerEvents[E]>[1]
>[0];

/** What the draft feed needs of a connection, so that it can be tested with a fake one. */
export interface DraftTransport {
  readonly connected: boolean;
  request<E extends DraftRequestName>(
    event: E,
    body: DraftRequestBody<E>,
  ): Promise<DraftRequestResult<E>>;
  /** Every draft event received. Returns the unsubscribe function. */
  onEvent(handler: (event: DraftEvent) => void): () => void;
  /** Each time the connection is (re)established; rooms are lost on reconnect. */
  onConnect(handler: () => void): () => void;
  onDisconnect(handler: () => void): () => void;
}

type DraftSocket = Socket<DraftServerToClientEvents, DraftClientToServerEvents>;

/**
 * The drafting room's own socket to `/live`, open while a draft page is. The app's main
 * connection (client/src/live) forwards session events only; this one carries a draft's room,
 * so the drafting room does not depend on how that module is shaped. It counts as one more of the
 * participant's sockets on the server (SOCKETS_PER_PARTICIPANT, 10 by default).
 */
export class DraftSocketTransport implements DraftTransport {
  private readonly socket: DraftSocket;
  private readonly eventListeners = new Set<(event: DraftEvent) => void>();
  private readonly connectListeners = new Set<() => void>();
  private readonly disconnectListeners = new Set<() => void>();

  constructor(token: string, url = '') {
    this.socket = io(url + LIVE_NAMESPACE, {
      path: SOCKET_PATH,
      auth: { token },
      transports: ['websocket'],
      reconnectionDelay: 1000,
      reconnectionDelayMax: 10000,
    });
    this.socket.on('connect', () => {
      for (const listener of this.connectListeners) listener();
    });
    this.socket.on('disconnect', (reason) => {
      for (const listener of this.disconnectListeners) listener();
      // Closed by the server on purpose: socket.io does not retry that case by itself.
      if (reason === 'io server disconnect') this.socket.connect();
    });
    for (const name of DRAFT_EVENTS) {
      this.socket.on(name, (payload: unknown) => {
        const event = { name, payload } as DraftEvent;
        for (const listener of this.eventListeners) listener(event);
      });
    }
  }

  get connected(): boolean {
    return this.socket.connected;
  }

  request<E extends DraftRequestName>(
    event: E,
    body: DraftRequestBody<E>,
  ): Promise<DraftRequestResult<E>> {
    // socket.io's emitWithAck typing cannot follow a generic event name, hence the cast.
    const timed = this.socket.timeout(ACK_TIMEOUT_MS) as unknown as {
      emitWithAck(event: string, body: unknown): Promise<unknown>;
    };
    return timed.emitWithAck(event, body) as Promise<DraftRequestResult<E>>;
  }

  onEvent(handler: (event: DraftEvent) => void): () => void {
    this.eventListeners.add(handler);
    return () => this.eventListeners.delete(handler);
  }

  onConnect(handler: () => void): () => void {
    this.connectListeners.add(handler);
    return () => this.connectListeners.delete(handler);
  }

  onDisconnect(handler: () => void): () => void {
    this.disconnectListeners.add(handler);
    return () => this.disconnectListeners.delete(handler);
  }

  close(): void {
    this.socket.disconnect();
    this.eventListeners.clear();
    this.connectListeners.clear();
    this.disconnectListeners.clear();
  }
}
