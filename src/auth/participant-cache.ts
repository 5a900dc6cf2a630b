/**
 * The participants that tokens name, as last read: every HTTP request, socket handshake and
 * socket message checks its participant, and a room of screens connecting at once would otherwise
 * read the same row thousands of times. Bounded (least recently used out first) and by age: a
 * change made on another instance applies within `maxAgeMs`. A change made here (role,
 * deactivation, erasure: `participant.changed`) evicts at once, and a read that was under way when
 * it happened is not kept, so it cannot put the old row back. Concurrent misses share one read.
 */
export class ParticipantCache<T> {
  private readonly entries = new Map<string, { value: T; loadedAt: number }>();
  private readonly loading = new Map<string, Promise<T | null>>();
  /** Bumped by every eviction: a read started before it is answered but not stored. */
  private generation = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxAgeMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  async get(id: string, load: (id: string) => Promise<T | null>): Promise<T | null> {
    const entry = this.entries.get(id);
    if (entry) {
      this.entries.delete(id);
      if (this.now() - entry.loadedAt < this.maxAgeMs) {
        // Map keeps insertion order: re-inserting makes it the most recently used.
        this.entries.set(id, entry);
        return entry.value;
      }
    }
    const pending = this.loading.get(id);
    if (pending) return pending;
    const startedAt = this.generation;
    const read = load(id).then(
      (value) => {
        if (this.loading.get(id) === read) this.loading.delete(id);
        if (value !== null && startedAt === this.generation) this.store(id, value);
        return value;
      },
      (error: unknown) => {
        if (this.loading.get(id) === read) this.loading.delete(id);
        throw error;
      },
    );
    this.loading.set(id, read);
    return read;
  }

  /** Forgets the participant, and any read of it under way (the next check reads it again). */
  evict(id: string): void {
    this.generation++;
    this.entries.delete(id);
    this.loading.delete(id);
  }

  private store(id: string, value: T): void {
    this.entries.set(id, { value, loadedAt: this.now() });
    if (this.entries.size > this.maxEntries)
      this.entries.delete(this.entries.keys().next().value as string);
  }
}
