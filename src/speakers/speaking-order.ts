import type { SpeakerMode } from '#contract';

/** A waiting request, as the ordering rule sees it. */
export interface WaitingRequest {
  id: string;
  constituency: string | null;
  /** Epoch milliseconds. */
  requestedAt: number;
}

/** Turns so far per constituency (a missing constituency has had none). */
export type TurnCounts = ReadonlyMap<string | null, number>;

/** Earlier request first; the id breaks a tie of the same millisecond, so the order is total. */
export function earlier(a: WaitingRequest, b: WaitingRequest): number {
  return a.requestedAt - b.requestedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Who is called next. `fifo`: the earliest request. `balanced`: the earliest request from the
 * constituency that has had the fewest turns so far; between constituencies with equally few, the
 * earliest request. Null when nobody is waiting.
 */
export function nextSpeaker<T extends WaitingRequest>(
  mode: SpeakerMode,
  waiting: readonly T[],
  turns: TurnCounts,
): T | null {
  let best: T | null = null;
  let bestTurns = Infinity;
  for (const request of waiting) {
    const t = mode === 'balanced' ? (turns.get(request.constituency) ?? 0) : 0;
    if (best === null || t < bestTurns || (t === bestTurns && earlier(request, best) < 0)) {
      best = request;
      bestTurns = t;
    }
  }
  return best;
}

/**
 * The whole queue in the order it would be called if nobody else asked and nobody withdrew: the
 * rule applied again and again, each call counting as a turn of the caller's constituency.
 */
export function speakingOrder<T extends WaitingRequest>(
  mode: SpeakerMode,
  waiting: readonly T[],
  turns: TurnCounts,
): T[] {
  if (mode === 'fifo') return [...waiting].sort(earlier);
  const counts = new Map(turns);
  const left = [...waiting];
  const order: T[] = [];
  while (left.length > 0) {
    const next = nextSpeaker(mode, left, counts)!;
    order.push(next);
    left.splice(left.indexOf(next), 1);
    counts.set(next.constituency, (counts.get(next.constituency) ?? 0) + 1);
  }
  return order;
}
