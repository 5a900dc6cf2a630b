/**
 * A live session followed over a socket.io-client socket, for the tests, the benchmark and the
 * demo room: the browser's own SessionFeed and reducer (the contract's live/), behind a socket
 * transport, with a Map view of the state and `until` for tests to await a condition.
 */
import type { Socket } from 'socket.io-client';
import {
  SEQUENCED_EVENT_NAMES,
  SessionFeed,
  type ClientToServerEvents,
  type CommentView,
  type LiveSessionState,
  type LiveTransport,
  type PresenceEvent,
  type RecommendationView,
  type RequestBody,
  type RequestName,
  type RequestResult,
  type SequencedEvent,
  type ServerToClientEvents,
  type SessionView,
  type SpeakersView,
} from '#contract';

export type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** What a screen shows, keyed for tests: a read-only view of the feed's state. */
export interface LiveState {
  session: SessionView;
  recommendations: ReadonlyMap<string, RecommendationView>;
  /** Comments sent since the last snapshot, by recommendation (the REST list has them all). */
  comments: ReadonlyMap<string, CommentView[]>;
  speakers: SpeakersView;
  seq: number;
  /** The last presence count of the session. */
  connected: number;
}

const ANSWER_TIMEOUT_MS = 10_000;

/**
 * The contract's LiveTransport over a socket.io-client socket (the benchmark's screens run a
 * SessionFeed on it directly). It counts the resyncs (every `session:sync`, every join after the
 * first), which tests and diagnostics read.
 */
export class SocketTransport implements LiveTransport {
  resyncs = 0;
  private joins = 0;

  constructor(private readonly socket: LiveSocket) {}

  get connected(): boolean {
    return this.socket.connected;
  }

  request<E extends RequestName>(event: E, body: RequestBody<E>): Promise<RequestResult<E>> {
    if (event === 'session:sync' || (event === 'session:join' && this.joins++ > 0)) this.resyncs++;
    // socket.io's emitWithAck typing cannot follow a generic event name, hence the cast.
    const timed = this.socket.timeout(ANSWER_TIMEOUT_MS) as unknown as {
      emitWithAck(event: string, body: unknown): Promise<RequestResult<E>>;
    };
    return timed.emitWithAck(event, body);
  }

  onEvent(handler: (event: SequencedEvent) => void): () => void {
    const offs = SEQUENCED_EVENT_NAMES.map((name) => {
      const listener = (payload: SequencedEvent['payload']) =>
        handler({ name, payload } as SequencedEvent);
      this.socket.on(name, listener);
      return () => this.socket.off(name, listener);
    });
    return () => offs.forEach((off) => off());
  }

  onPresence(handler: (event: PresenceEvent) => void): () => void {
    this.socket.on('presence', handler);
    return () => this.socket.off('presence', handler);
  }

  onConnect(handler: () => void): () => void {
    this.socket.on('connect', handler);
    return () => this.socket.off('connect', handler);
  }
}

export class LiveSession {
  private readonly transport: SocketTransport;
  private readonly feed: SessionFeed;
  private started = false;
  private connected = 0;
  private view: { of: LiveSessionState; connected: number; state: LiveState } | null = null;
  private readonly listeners = new Set<(state: LiveState) => void>();
  private readonly failures = new Set<(message: string) => void>();

  constructor(
    readonly socket: LiveSocket,
    readonly sessionId: string,
  ) {
    this.transport = new SocketTransport(socket);
    this.feed = new SessionFeed(
      this.transport,
      sessionId,
      {
        state: () => this.notify(),
        presence: (connected) => {
          this.connected = connected;
          this.notify();
        },
        failed: (message) => this.failures.forEach((failed) => failed(message)),
      },
      { commentsOfAll: true },
    );
  }

  /** The state now, or null before the first snapshot. */
  get state(): LiveState | null {
    const current = this.feed.current;
    if (!current) return null;
    if (this.view?.of !== current || this.view.connected !== this.connected)
      this.view = {
        of: current,
        connected: this.connected,
        state: viewOf(current, this.connected),
      };
    return this.view.state;
  }

  /** How many times this client had to resync (gaps or reconnects), for tests and diagnostics. */
  get resyncs(): number {
    return this.transport.resyncs;
  }

  /**
   * Starts following the session and resolves with the state of its snapshot (the feed joins
   * again by itself after every reconnect).
   */
  join(): Promise<LiveState> {
    const now = this.state;
    if (this.started) return now ? Promise.resolve(now) : this.until(() => true);
    this.started = true;
    const joined = new Promise<LiveState>((resolve, reject) => {
      const done = () => {
        this.listeners.delete(onState);
        this.failures.delete(onFailure);
      };
      const onState = (state: LiveState) => {
        done();
        resolve(state);
      };
      const onFailure = (message: string) => {
        done();
        reject(new Error(`session:join failed: ${message}`));
      };
      this.listeners.add(onState);
      this.failures.add(onFailure);
    });
    this.feed.start();
    return joined;
  }

  /** Stops following and leaves the room (resolves once the server answered). */
  async leave(): Promise<null> {
    await this.feed.stop();
    return null;
  }

  /**
   * Changes the feed's state as a page folds in a REST answer; the tests use it to make the
   * screen believe it missed events.
   */
  update(change: (state: LiveSessionState) => LiveSessionState): void {
    this.feed.update(change);
  }

  /** Resolves once the state satisfies `predicate` (checked now and after every change). */
  until(predicate: (state: LiveState) => boolean, timeoutMs = 10_000): Promise<LiveState> {
    return new Promise((resolve, reject) => {
      const check = (state: LiveState) => {
        if (!predicate(state)) return;
        clearTimeout(timer);
        this.listeners.delete(check);
        resolve(state);
      };
      const timer = setTimeout(() => {
        this.listeners.delete(check);
        reject(
          new Error(
            `live state did not reach the expected condition within ${timeoutMs} ms (seq ${this.state?.seq})`,
          ),
        );
      }, timeoutMs);
      this.listeners.add(check);
      const now = this.state;
      if (now) check(now);
    });
  }

  onChange(listener: (state: LiveState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    const state = this.state;
    if (state) for (const listener of [...this.listeners]) listener(state);
  }
}

function viewOf(state: LiveSessionState, connected: number): LiveState {
  return {
    session: state.session,
    recommendations: new Map(state.recommendations.map((r) => [r.id, r])),
    comments: new Map(Object.entries(state.comments)),
    speakers: state.speakers,
    seq: state.seq,
    connected,
  };
}
