import {
  LIVE_NAMESPACE,
  SEQUENCED_EVENT_NAMES,
  type ClientToServerEvents,
  type LiveTransport,
  type PresenceEvent,
  type RequestBody,
  type RequestName,
  type RequestResult,
  type SequencedEvent,
  type ServerToClientEvents,
} from '#contract';
import type { Socket } from 'socket.io-client';

export type ConnectionStatus = 'connecting' | 'live' | 'reconnecting' | 'unavailable';

/** socket.io's default HTTP path; API.md connects with `io(url + "/live")`, i.e. this path. */
export const SOCKET_PATH = '/socket.io';
const ACK_TIMEOUT_MS = 8000;

type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * The app's one socket.io connection to `/live`, opened after sign-in with the bearer token: the
 * browser's transport for the contract's SessionFeed. It reports a status the header shows
 * ("Reconnecting…"), and hands events to the feeds.
 */
export class LiveConnection implements LiveTransport {
  /** Null until socket.io-client has arrived (its own chunk, fetched when someone signs in). */
  private socket: LiveSocket | null = null;
  private readonly ready: Promise<LiveSocket | null>;
  private statusValue: ConnectionStatus = 'connecting';
  private everConnected = false;
  private closed = false;
  private readonly statusListeners = new Set<(status: ConnectionStatus) => void>();
  private readonly eventListeners = new Set<(event: SequencedEvent) => void>();
  private readonly presenceListeners = new Set<(event: PresenceEvent) => void>();
  private readonly connectListeners = new Set<() => void>();

  constructor(token: string, onUnauthorized: () => void, url = '') {
    // socket.io-client is about 10 KB gzipped that the sign-in form does not need: on the venue's
    // network (20 KB/s) loading it with the app's core would delay the first form by half a second.
    this.ready = import('./socket-io').then(
      ({ io }) => (this.closed ? null : this.open(io, token, onUnauthorized, url)),
      () => {
        // Offline before that chunk was ever cached: the header says the live view is unavailable.
        this.setStatus('unavailable');
        return null;
      },
    );
  }

  private open(
    io: typeof import('./socket-io').io,
    token: string,
    onUnauthorized: () => void,
    url: string,
  ): LiveSocket {
    const socket: LiveSocket = io(url + LIVE_NAMESPACE, {
      path: SOCKET_PATH,
      auth: { token },
      // Long-polling would need sticky sessions behind a load balancer; websockets do not.
      transports: ['websocket'],
      reconnectionDelay: 1000,
      reconnectionDelayMax: 10000,
    });
    socket.on('connect', () => {
      this.everConnected = true;
      this.setStatus('live');
      for (const listener of this.connectListeners) listener();
    });
    socket.on('disconnect', (reason) => {
      if (reason === 'io client disconnect') return;
      this.setStatus('reconnecting');
      // The server closed this socket on purpose (revoked token, deactivation): socket.io does
      // not retry that case by itself.
      if (reason === 'io server disconnect') socket.connect();
    });
    socket.on('connect_error', (error) => {
      if (error.message === 'unauthorized') {
        onUnauthorized();
        return;
      }
      this.setStatus(this.everConnected ? 'reconnecting' : 'unavailable');
      // A namespace-level refusal is not retried by the manager; transport failures are.
      if (!socket.active)
        setTimeout(() => {
          if (!this.closed) socket.connect();
        }, 5000);
    });
    for (const name of SEQUENCED_EVENT_NAMES) {
      socket.on(name, (payload: unknown) => {
        const event = { name, payload } as SequencedEvent;
        for (const listener of this.eventListeners) listener(event);
      });
    }
    socket.on('presence', (event) => {
      for (const listener of this.presenceListeners) listener(event);
    });
    this.socket = socket;
    return socket;
  }

  get connected(): boolean {
    return this.socket?.connected ?? false;
  }

  get status(): ConnectionStatus {
    return this.statusValue;
  }

  async request<E extends RequestName>(event: E, body: RequestBody<E>): Promise<RequestResult<E>> {
    const socket = await this.ready;
    if (!socket) throw new Error('live connection closed');
    // socket.io's emitWithAck typing cannot follow a generic event name, hence the cast.
    const timed = socket.timeout(ACK_TIMEOUT_MS) as unknown as {
      emitWithAck(event: string, body: unknown): Promise<unknown>;
    };
    return timed.emitWithAck(event, body) as Promise<RequestResult<E>>;
  }

  onEvent(handler: (event: SequencedEvent) => void): () => void {
    this.eventListeners.add(handler);
    return () => this.eventListeners.delete(handler);
  }

  onPresence(handler: (event: PresenceEvent) => void): () => void {
    this.presenceListeners.add(handler);
    return () => this.presenceListeners.delete(handler);
  }

  onConnect(handler: () => void): () => void {
    this.connectListeners.add(handler);
    return () => this.connectListeners.delete(handler);
  }

  onStatus(handler: (status: ConnectionStatus) => void): () => void {
    this.statusListeners.add(handler);
    return () => this.statusListeners.delete(handler);
  }

  close(): void {
    this.closed = true;
    this.socket?.disconnect();
    this.statusListeners.clear();
  }

  private setStatus(status: ConnectionStatus): void {
    if (status === this.statusValue) return;
    this.statusValue = status;
    for (const listener of this.statusListeners) listener(status);
  }
}

/**
 * Fetches socket.io-client's chunk ahead of need: called once the sign-in form is on screen, so
 * it arrives while the delegate types the access code rather than after signing in.
 */
export function preloadLiveClient(): void {
  import('./socket-io').catch(() => {
    // Offline: LiveConnection asks again when someone signs in.
  });
}
