import { ParticipantCache } from './participant-cache';

interface Row {
  id: string;
  role: string;
}

/** A loader over a mutable table that counts its reads and can be held half-way. */
function table(rows: Record<string, Row>) {
  let reads = 0;
  let hold: Promise<void> | null = null;
  return {
    rows,
    get reads() {
      return reads;
    },
    holdNext(): () => void {
      let release!: () => void;
      hold = new Promise((resolve) => (release = resolve));
      return release;
    },
    load: async (id: string): Promise<Row | null> => {
      reads++;
      const before = rows[id] ? { ...rows[id] } : null;
      const waiting = hold;
      hold = null;
      if (waiting) await waiting;
      return before;
    },
  };
}

describe('ParticipantCache', () => {
  it('reads once for concurrent misses and serves the row until it is too old', async () => {
    let now = 0;
    const cache = new ParticipantCache<Row>(10, 1000, () => now);
    const t = table({ a: { id: 'a', role: 'delegate' } });
    const answers = await Promise.all(Array.from({ length: 50 }, () => cache.get('a', t.load)));
    expect(answers.every((row) => row?.role === 'delegate')).toBe(true);
    expect(t.reads).toBe(1);
    now = 999;
    await cache.get('a', t.load);
    expect(t.reads).toBe(1);
    now = 1000;
    await cache.get('a', t.load);
    expect(t.reads).toBe(2);
  });

  it('reads again after an eviction, and does not keep a read that was under way during it', async () => {
    const cache = new ParticipantCache<Row>(10, 60_000);
    const t = table({ a: { id: 'a', role: 'delegate' } });
    const release = t.holdNext();
    const stale = cache.get('a', t.load); // reads the delegate, then waits
    t.rows.a.role = 'observer';
    cache.evict('a'); // the change committed while the read was under way
    const fresh = cache.get('a', t.load);
    release();
    expect((await stale)?.role).toBe('delegate');
    expect((await fresh)?.role).toBe('observer');
    // The old row was not stored over the new one.
    expect((await cache.get('a', t.load))?.role).toBe('observer');
    expect(t.reads).toBe(2);
  });

  it('does not keep a missing participant, nor a failed read', async () => {
    const cache = new ParticipantCache<Row>(10, 60_000);
    const t = table({});
    expect(await cache.get('x', t.load)).toBeNull();
    expect(await cache.get('x', t.load)).toBeNull();
    expect(t.reads).toBe(2);
    await expect(cache.get('y', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('y', t.load)).toBeNull();
    expect(cache.size).toBe(0);
  });

  it('holds at most its bound, the least recently used going first', async () => {
    const cache = new ParticipantCache<Row>(2, 60_000);
    const t = table({
      a: { id: 'a', role: 'delegate' },
      b: { id: 'b', role: 'delegate' },
      c: { id: 'c', role: 'delegate' },
    });
    await cache.get('a', t.load);
    await cache.get('b', t.load);
    await cache.get('a', t.load); // a is now the most recently used
    await cache.get('c', t.load); // b goes
    expect(cache.size).toBe(2);
    expect(t.reads).toBe(3);
    await cache.get('a', t.load);
    expect(t.reads).toBe(3);
    await cache.get('b', t.load);
    expect(t.reads).toBe(4);
  });
});
