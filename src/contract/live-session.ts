/**
 * The client side of a live session, shared by the tests, the benchmark and the web client:
 * it joins a session, applies events strictly in `seq` order, notices a gap and resyncs by
 * itself, and after a reconnect ends with exactly the server's state.
 */
import type { Socket } from 'socket.io-client';
import type {
  Ack,
  ClientToServerEvents,
  CommentView,
  RecommendationView,
  SequencedEvent,
  SequencedEventName,
  ServerToClientEvents,
  SessionSnapshot,
  SessionView,
  SpeakersView,
  SyncResult,
} from '#contract';

export type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface LiveState {
  session: SessionView;
  recommendations: Map<string, RecommendationView>;
  /** Comments seen live since joining, by recommendation (the REST list has the full history). */
  comments: Map<string, CommentView[]>;
  speakers: SpeakersView;
  seq: number;
  connected: number;
}

const SEQUENCED: SequencedEventName[] = [
  'recommendation:created',
  'recommendation:updated',
  'comment:created',
  'comment:hidden',
  'tally:updated',
  'session:updated',
  'speakers:updated',
];

export function stateFromSnapshot(snapshot: SessionSnapshot, connected = 0): LiveState {
  return {
    session: snapshot.session,
    recommendations: new Map(snapshot.recommendations.map((r) => [r.id, r])),
    comments: new Map(),
    speakers: snapshot.speakers,
    seq: snapshot.seq,
    connected,
  };
}

/** Applies one event to the state (which it mutates), assuming it is the next in order. */
export function applyEvent(state: LiveState, event: SequencedEvent): void {
  switch (event.name) {
    case 'recommendation:created':
    case 'recommendation:updated': {
      const previous = state.recommendations.get(event.payload.recommendation.id);
      // Broadcasts carry no personal vote: keep this client's own.
      state.recommendations.set(event.payload.recommendation.id, {
        ...event.payload.recommendation,
        myVote: previous?.myVote ?? null,
      });
      break;
    }
    case 'tally:updated':
      for (const t of event.payload.tallies) {
        const r = state.recommendations.get(t.recommendationId);
        if (r)
          state.recommendations.set(r.id, {
            ...r,
            tally: { support: t.support, oppose: t.oppose, abstain: t.abstain },
            bridging: t.bridging,
            consensus: t.consensus,
          });
      }
      break;
    case 'comment:created': {
      const list = state.comments.get(event.payload.comment.recommendationId) ?? [];
      state.comments.set(event.payload.comment.recommendationId, [...list, event.payload.comment]);
      const r = state.recommendations.get(event.payload.comment.recommendationId);
      if (r) state.recommendations.set(r.id, { ...r, commentCount: r.commentCount + 1 });
      break;
    }
    case 'comment:hidden': {
      const c = event.payload.comment;
      state.comments.set(
        c.recommendationId,
        (state.comments.get(c.recommendationId) ?? []).map((x) => (x.id === c.id ? c : x)),
      );
      const r = state.recommendations.get(c.recommendationId);
      if (r)
        state.recommendations.set(r.id, { ...r, commentCount: Math.max(0, r.commentCount - 1) });
      break;
    }
    case 'session:updated':
      state.session = event.payload.session;
      break;
    case 'speakers:updated': {
      const { sessionId: _sessionId, seq: _seq, ...speakers } = event.payload;
      state.speakers = speakers;
      break;
    }
  }
  state.seq = event.payload.seq;
}

const ANSWER_TIMEOUT_MS = 10_000;

/** Waits for an acknowledgement (or gives up after ten seconds) and unwraps it. */
async function ask<T>(promise: Promise<Ack<T>>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<Ack<T>>((resolve) => {
    timer = setTimeout(
      () => resolve({ ok: false, error: { status: 504, message: 'no answer from the server' } }),
      ANSWER_TIMEOUT_MS,
    );
  });
  const ack = await Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
  if (!ack.ok)
    throw Object.assign(
      new Error(
        Array.isArray(ack.error.message) ? ack.error.message.join('; ') : ack.error.message,
      ),
      { status: ack.error.status },
    );
  return ack.data;
}

export class LiveSession {
  state: LiveState | null = null;
  /** How many times this client had to resync (gaps or reconnects), for tests and diagnostics. */
  resyncs = 0;
  private buffer: SequencedEvent[] = [];
  private syncing: Promise<void> | null = null;
  private listeners = new Set<(state: LiveState) => void>();
  private readonly detach: Array<() => void> = [];

  constructor(
    readonly socket: LiveSocket,
    readonly sessionId: string,
  ) {
    for (const name of SEQUENCED) {
      const handler = (payload: SequencedEvent['payload']) =>
        this.receive({ name, payload } as SequencedEvent);
      socket.on(name, handler);
      this.detach.push(() => socket.off(name, handler));
    }
    const onPresence: ServerToClientEvents['presence'] = (p) => {
      if (p.sessionId === sessionId && this.state) {
        this.state.connected = p.connected;
        this.notify();
      }
    };
    socket.on('presence', onPresence);
    this.detach.push(() => socket.off('presence', onPresence));
    // After a reconnection: a recovered session replays what was missed by itself (rooms and
    // packets restored); otherwise join again for a fresh snapshot.
    const onConnect = () => {
      if (this.state && !socket.recovered) void this.rejoin();
    };
    socket.on('connect', onConnect);
    this.detach.push(() => socket.off('connect', onConnect));
  }

  async join(): Promise<LiveState> {
    const snapshot = await ask(
      this.socket.emitWithAck('session:join', { sessionId: this.sessionId }),
    );
    this.state = stateFromSnapshot(snapshot, this.state?.connected ?? 0);
    this.drain();
    this.notify();
    return this.state;
  }

  leave(): Promise<null> {
    this.detach.forEach((d) => d());
    return ask(this.socket.emitWithAck('session:leave', { sessionId: this.sessionId }));
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
      if (this.state) check(this.state);
    });
  }

  onChange(listener: (state: LiveState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private receive(event: SequencedEvent): void {
    if (event.payload.sessionId !== this.sessionId) return;
    this.buffer.push(event);
    if (this.state && !this.syncing) this.drain();
  }

  /** Applies buffered events in order; a gap triggers a resync from the last applied seq. */
  private drain(): void {
    const state = this.state;
    if (!state) return;
    this.buffer.sort((a, b) => a.payload.seq - b.payload.seq);
    while (this.buffer.length) {
      const next = this.buffer[0];
      if (next.payload.seq <= state.seq) {
        this.buffer.shift();
        continue;
      }
      if (next.payload.seq !== state.seq + 1) {
        void this.resync();
        return;
      }
      applyEvent(state, this.buffer.shift()!);
    }
    this.notify();
  }

  private resync(): Promise<void> {
    this.syncing ??= (async () => {
      this.resyncs++;
      try {
        const result: SyncResult = await ask(
          this.socket.emitWithAck('session:sync', {
            sessionId: this.sessionId,
            sinceSeq: this.state!.seq,
          }),
        );
        if (result.kind === 'snapshot') {
          const myVotes = new Map(
            [...this.state!.recommendations.values()].map((r) => [r.id, r.myVote]),
          );
          this.state = stateFromSnapshot(result, this.state!.connected);
          for (const r of this.state.recommendations.values())
            if (r.myVote === null && myVotes.get(r.id)) r.myVote = myVotes.get(r.id)!;
        } else {
          this.buffer.push(...result.events);
        }
      } finally {
        this.syncing = null;
      }
      this.drain();
    })();
    return this.syncing;
  }

  private async rejoin(): Promise<void> {
    this.resyncs++;
    this.buffer = [];
    await this.join();
  }

  private notify(): void {
    if (this.state) for (const listener of [...this.listeners]) listener(this.state);
  }
}
