import { randomBytes } from 'node:crypto';

/** A snapshot serialised once: its JSON, with every `myVote` null, and where those nulls are. */
export interface SharedSnapshot {
  seq: number;
  json: string;
  /** Offset in `json` of each recommendation's `myVote` null, by recommendation id. */
  myVoteAt: Map<string, number>;
}

interface Entry {
  value: SharedSnapshot;
  bytes: number;
  builtAt: number;
}

/**
 * The snapshots of the sessions being joined, shared by every socket that joins or resyncs at the
 * same `seq` with the same rights: built once, serialised once. Bounded by bytes (least recently
 * used first out) and by age. The key holds the `seq`, so a new event makes a new key and the
 * old entry ages out; the age bound covers what changes without an event (a participant's name).
 * Concurrent misses for one key share one build.
 */
export class SnapshotCache {
  private readonly entries = new Map<string, Entry>();
  private readonly building = new Map<string, Promise<SharedSnapshot>>();
  private total = 0;

  constructor(
    private readonly maxBytes: number,
    private readonly maxAgeMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get bytes(): number {
    return this.total;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The entry for `key`, or the one `build` makes (stored under the key of the `seq` it read). */
  async get(
    key: (seq: number) => string,
    seq: number,
    build: () => Promise<SharedSnapshot>,
  ): Promise<SharedSnapshot> {
    const wanted = key(seq);
    const hit = this.lookup(wanted);
    if (hit) return hit;
    let pending = this.building.get(wanted);
    if (!pending) {
      pending = build().then((value) => {
        this.store(key(value.seq), value);
        return value;
      });
      this.building.set(wanted, pending);
      const forget = () => this.building.delete(wanted);
      pending.then(forget, forget);
    }
    return pending;
  }

  private lookup(key: string): SharedSnapshot | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    this.entries.delete(key);
    if (this.now() - entry.builtAt > this.maxAgeMs) {
      this.total -= entry.bytes;
      return null;
    }
    // Map keeps insertion order: re-inserting makes it the most recently used.
    this.entries.set(key, entry);
    return entry.value;
  }

  private store(key: string, value: SharedSnapshot): void {
    // V8 keeps a string in one or two bytes a character: count two, to stay under the bound.
    const bytes = value.json.length * 2;
    if (bytes > this.maxBytes) return;
    const old = this.entries.get(key);
    if (old) {
      this.entries.delete(key);
      this.total -= old.bytes;
    }
    this.entries.set(key, { value, bytes, builtAt: this.now() });
    this.total += bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.total <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.total -= entry.bytes;
    }
  }
}

/** The snapshot JSON for one viewer: the shared text, with the viewer's own votes put in. */
export function withMyVotes(shared: SharedSnapshot, myVotes: Map<string, string>): string {
  const offsets = [...myVotes.keys()]
    .map((id) => [shared.myVoteAt.get(id), myVotes.get(id)!] as const)
    .filter((pair): pair is readonly [number, string] => pair[0] !== undefined)
    .sort((a, b) => a[0] - b[0]);
  if (offsets.length === 0) return shared.json;
  const parts: string[] = [];
  let from = 0;
  for (const [at, value] of offsets) {
    parts.push(shared.json.slice(from, at), JSON.stringify(value));
    from = at + 'null'.length;
  }
  parts.push(shared.json.slice(from));
  return parts.join('');
}

/** Unguessable, so no text a participant wrote can pass for the marker. */
const MY_VOTE_MARKER = `"my-vote-${randomBytes(12).toString('hex')}"`;

/**
 * Serialises a snapshot built for no viewer in particular (every `myVote` null) once, noting where
 * each item's `myVote` is, so each viewer's own votes can be put in without serialising again.
 */
export function shareSnapshot<S extends { seq: number }>(
  snapshot: S,
  items: Array<{ id: string; myVote: unknown }>,
  itemsKey: string,
): SharedSnapshot {
  const marker = JSON.parse(MY_VOTE_MARKER) as string;
  const pieces = JSON.stringify({
    ...snapshot,
    [itemsKey]: items.map((item) => ({ ...item, myVote: marker })),
  }).split(MY_VOTE_MARKER);
  const myVoteAt = new Map<string, number>();
  let at = 0;
  pieces.slice(0, -1).forEach((piece, i) => {
    at += piece.length;
    myVoteAt.set(items[i].id, at);
    at += 'null'.length;
  });
  return { seq: snapshot.seq, json: pieces.join('null'), myVoteAt };
}
