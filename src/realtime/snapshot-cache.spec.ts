import { Decoder } from 'socket.io-parser';
import { RawJson, rawJsonParser } from './raw-json';
import { SnapshotCache, shareSnapshot, withMyVotes, type SharedSnapshot } from './snapshot-cache';

const shared = (seq: number, size = 10): SharedSnapshot => ({
  seq,
  json: 'x'.repeat(size),
  myVoteAt: new Map(),
});

describe('SnapshotCache', () => {
  const key = (seq: number) => `s:${seq}`;

  it('builds once for concurrent misses and serves the entry afterwards', async () => {
    const cache = new SnapshotCache(1000, 5000);
    let builds = 0;
    const build = async () => {
      builds++;
      await Promise.resolve();
      return shared(3);
    };
    const [a, b] = await Promise.all([cache.get(key, 3, build), cache.get(key, 3, build)]);
    expect(a).toBe(b);
    expect(await cache.get(key, 3, build)).toBe(a);
    expect(builds).toBe(1);
  });

  it('stores under the seq the build read, evicts the least recently used past the bound', async () => {
    const cache = new SnapshotCache(100, 5000);
    await cache.get(key, 1, () => Promise.resolve(shared(2, 20))); // 40 bytes, stored as s:2
    await cache.get(key, 5, () => Promise.resolve(shared(5, 20)));
    await cache.get(key, 2, () => Promise.reject(new Error('s:2 is kept')));
    await cache.get(key, 6, () => Promise.resolve(shared(6, 20))); // over 100: s:5, used least lately, goes
    expect(cache.bytes).toBe(80);
    let rebuilt = false;
    await cache.get(key, 5, () => ((rebuilt = true), Promise.resolve(shared(5, 60))));
    expect(rebuilt).toBe(true);
    expect(cache.bytes).toBeLessThanOrEqual(100);
    // Larger than the whole bound: served, never kept.
    await cache.get(key, 9, () => Promise.resolve(shared(9, 100)));
    expect(cache.size).toBeLessThanOrEqual(2);
  });

  it('serves an entry no longer than its age bound', async () => {
    let now = 0;
    const cache = new SnapshotCache(1000, 5000, () => now);
    await cache.get(key, 1, () => Promise.resolve(shared(1)));
    now = 5001;
    let rebuilt = false;
    await cache.get(key, 1, () => ((rebuilt = true), Promise.resolve(shared(1))));
    expect(rebuilt).toBe(true);
    expect(cache.bytes).toBe(20);
  });

  it('puts each viewer’s votes in the shared text, whatever the items say', () => {
    const items = [
      { id: 'a', title: '"myVote":null', myVote: null },
      { id: 'b', title: 'b', myVote: null },
    ];
    const share = shareSnapshot({ seq: 4, items }, items, 'items');
    expect(JSON.parse(share.json)).toEqual({ seq: 4, items });
    expect(JSON.parse(withMyVotes(share, new Map([['b', 'oppose']])))).toEqual({
      seq: 4,
      items: [items[0], { ...items[1], myVote: 'oppose' }],
    });
    expect(withMyVotes(share, new Map([['gone', 'support']]))).toBe(share.json);
  });
});

describe('rawJsonParser', () => {
  it('sends RawJson as its text, in socket.io’s own format', async () => {
    const encoder = new rawJsonParser.Encoder();
    const data = { ok: true, data: new RawJson('{"a":[1,"two"]}'), note: 'raw-json-x-0' };
    const [wire] = encoder.encode({ type: 3, nsp: '/live', id: 7, data: [data] });
    const decoded = await new Promise<unknown>((resolve) => {
      const decoder = new Decoder();
      decoder.on('decoded', resolve);
      decoder.add(wire);
    });
    expect(decoded).toMatchObject({
      id: 7,
      data: [{ ok: true, data: { a: [1, 'two'] }, note: 'raw-json-x-0' }],
    });
  });
});
