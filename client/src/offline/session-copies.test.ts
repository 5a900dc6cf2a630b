import { describe, expect, it } from 'vitest';
import { recommendation, session, snapshot } from '../test-support/fixtures';
import { MAX_COPIES, MAX_COPY_CHARS, SessionCopies, type SessionCopy } from './session-copies';

/** localStorage's interface over a Map, refusing writes past `quota` characters. */
class MemoryStorage {
  readonly data = new Map<string, string>();
  constructor(private readonly quota = Infinity) {}
  get length() {
    return this.data.size;
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  getItem(key: string) {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    const used = [...this.data].reduce((n, [k, v]) => n + (k === key ? 0 : v.length), 0);
    if (used + value.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.data.set(key, value);
  }
  removeItem(key: string) {
    this.data.delete(key);
  }
}

function copyOf(sessionId: string, participantId = 'p-1', savedAt = 1000): SessionCopy {
  const { speakers } = snapshot(4);
  return {
    participantId,
    sessionId,
    savedAt,
    session: session({ id: sessionId, seq: 4 }),
    recommendations: [recommendation(`${sessionId}-r1`, { sessionId, myVote: 'support' })],
    speakers,
    timeZone: 'Europe/Brussels',
    themes: [{ code: 'GCM-1', number: 1, title: 'Data', shortTitle: 'Data' }],
  };
}

describe('session copies on the device', () => {
  it('gives a session back as it was kept, to its participant only', () => {
    const copies = new SessionCopies(new MemoryStorage());
    expect(copies.save(copyOf('s-1'))).toBe(true);
    expect(copies.load('p-1', 's-1')).toEqual(copyOf('s-1'));
    expect(copies.load('p-2', 's-1')).toBeNull();
    expect(copies.load('p-1', 's-2')).toBeNull();
  });

  it('keeps the sessions opened last, the newest copy of each', () => {
    const storage = new MemoryStorage();
    const copies = new SessionCopies(storage);
    for (let i = 1; i <= MAX_COPIES + 2; i++) copies.save(copyOf(`s-${i}`, 'p-1', i));
    copies.save(copyOf('s-3', 'p-1', 99));
    const kept = ['s-1', 's-2', 's-3', 's-4', 's-5'].filter((s) => copies.load('p-1', s));
    expect(kept).toEqual(['s-3', 's-4', 's-5']);
    expect(copies.load('p-1', 's-3')?.savedAt).toBe(99);
    // Nothing left behind for the evicted ones: three copies and the index.
    expect(storage.length).toBe(MAX_COPIES + 1);
  });

  it('keeps no copy of a session too large to keep, rather than an outdated one', () => {
    const copies = new SessionCopies(new MemoryStorage());
    copies.save(copyOf('s-1'));
    const huge = copyOf('s-1', 'p-1', 2000);
    huge.recommendations[0]!.body = 'x'.repeat(MAX_COPY_CHARS);
    expect(copies.save(huge)).toBe(false);
    expect(copies.load('p-1', 's-1')).toBeNull();
  });

  it('drops the copy when the storage is full, and the others stay', () => {
    const one = JSON.stringify(copyOf('s-1')).length;
    const copies = new SessionCopies(new MemoryStorage(one * 2.5));
    expect(copies.save(copyOf('s-1'))).toBe(true);
    expect(copies.save(copyOf('s-2'))).toBe(true);
    expect(copies.save(copyOf('s-3'))).toBe(false);
    expect(copies.load('p-1', 's-3')).toBeNull();
    expect(copies.load('p-1', 's-1')).not.toBeNull();
  });

  it('removes every copy at sign-out, and the others’ when someone else signs in', () => {
    const storage = new MemoryStorage();
    storage.setItem('agora.outbox.p-1', '[]');
    const copies = new SessionCopies(storage);
    copies.save(copyOf('s-1', 'p-1'));
    // Another participant's copy of another session (say, written before the index existed).
    storage.setItem('agora.session-copy.s-9', JSON.stringify(copyOf('s-9', 'p-2')));
    copies.keepOnly('p-1');
    expect(copies.load('p-1', 's-1')).not.toBeNull();

    copies.save(copyOf('s-2', 'p-2'));
    copies.keepOnly('p-2');
    expect(copies.load('p-1', 's-1')).toBeNull();
    expect(copies.load('p-2', 's-2')).not.toBeNull();

    copies.keepOnly(null);
    expect([...storage.data.keys()]).toEqual(['agora.outbox.p-1']);
  });

  it('forgets one session (the server no longer shows it to the participant)', () => {
    const copies = new SessionCopies(new MemoryStorage());
    copies.save(copyOf('s-1'));
    copies.save(copyOf('s-2'));
    copies.forget('s-1');
    expect(copies.load('p-1', 's-1')).toBeNull();
    expect(copies.load('p-1', 's-2')).not.toBeNull();
  });

  it('works without storage at all (refused), keeping nothing', () => {
    const copies = new SessionCopies(null);
    expect(copies.save(copyOf('s-1'))).toBe(false);
    expect(copies.load('p-1', 's-1')).toBeNull();
    copies.keepOnly(null);
  });
});
