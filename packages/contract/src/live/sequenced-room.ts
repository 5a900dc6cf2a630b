/**
 * The ordering rules every live room shares (a session's, a draft's): events are applied strictly
 * in the room's `seq` order; one that arrives ahead of a gap is held back and the caller told to
 * ask the server for what it missed; a snapshot replaces the state and keeps the events that are
 * newer than it. Each room brings only how an event changes its state. No I/O here.
 */

/** What every room event carries: its number in the room's sequence. */
export interface RoomEvent {
  payload: { seq: number };
}

export interface SequencedState<E extends RoomEvent> {
  /** The last event applied. */
  seq: number;
  /** Events that arrived after a gap, sorted by seq, applied once the gap is filled. */
  pending: E[];
  /** Increases whenever a snapshot replaced the state: views reload what they cached then. */
  epoch: number;
}

export interface RoomStep<S> {
  state: S;
  /** True when events are missing before `pending`: ask for a sync since `state.seq`. */
  gap: boolean;
}

/** A sync's answer: the missed events, or a snapshot when the server no longer has them. */
export type RoomSyncResult<E, Snapshot> =
  { kind: 'events'; events: E[]; seq: number } | ({ kind: 'snapshot' } & Snapshot);

export interface RoomRules<S, E> {
  /** Whether the event is of the room this state follows. */
  inRoom(state: S, event: E): boolean;
  /** Applies the next event; `state.seq` is already the event's. */
  apply(state: S, event: E): S;
}

export interface SequencedRoom<S extends SequencedState<E>, E extends RoomEvent, Snapshot> {
  /** The state a snapshot gives, keeping the earlier state's newer events and counting its epoch. */
  fromSnapshot(
    base: Omit<S, 'pending' | 'epoch'>,
    previous?: Pick<S, 'epoch' | 'pending'> | null,
  ): S;
  receive(state: S, event: E): RoomStep<S>;
  applySync(
    state: S,
    result: RoomSyncResult<E, Snapshot>,
    fromSnapshot: (snapshot: Snapshot, previous: S) => S,
  ): RoomStep<S>;
}

const bySeq = (a: RoomEvent, b: RoomEvent) => a.payload.seq - b.payload.seq;

export function sequencedRoom<S extends SequencedState<E>, E extends RoomEvent, Snapshot>(
  rules: RoomRules<S, E>,
): SequencedRoom<S, E, Snapshot> {
  const drain = (state: S): S => {
    let next = state;
    while (next.pending[0] && next.pending[0].payload.seq <= next.seq + 1) {
      const [event, ...rest] = next.pending;
      next = { ...next, pending: rest };
      if (event.payload.seq === next.seq + 1)
        next = rules.apply({ ...next, seq: event.payload.seq }, event);
    }
    return next;
  };

  const receive = (state: S, event: E): RoomStep<S> => {
    const { seq } = event.payload;
    if (!rules.inRoom(state, event) || seq <= state.seq) return { state, gap: false };
    if (seq === state.seq + 1) {
      const next = drain(rules.apply({ ...state, seq }, event));
      return { state: next, gap: next.pending.length > 0 };
    }
    const pending = state.pending.some((e) => e.payload.seq === seq)
      ? state.pending
      : [...state.pending, event].sort(bySeq);
    return { state: { ...state, pending }, gap: true };
  };

  return {
    fromSnapshot(base, previous) {
      const shell = { ...base, pending: [], epoch: (previous?.epoch ?? 0) + 1 } as unknown as S;
      // Events received while the snapshot was on its way may be newer than it: keep those.
      const pending = (previous?.pending ?? [])
        .filter((e) => rules.inRoom(shell, e) && e.payload.seq > shell.seq)
        .sort(bySeq);
      return drain({ ...shell, pending });
    },
    receive,
    applySync(state, result, fromSnapshot) {
      if (result.kind === 'snapshot') {
        const next = fromSnapshot(result, state);
        return { state: next, gap: next.pending.length > 0 };
      }
      let next = state;
      for (const event of [...result.events].sort(bySeq)) next = receive(next, event).state;
      // The server says how far it got; still short of that (or still holding events) means the
      // sync did not close the gap and a snapshot is the way out.
      return { state: next, gap: next.seq < result.seq || next.pending.length > 0 };
    },
  };
}
