// The contract's SessionFeed (packages/contract/src/live) over a scripted transport.
import {
  SessionFeed,
  type LiveSessionState,
  type LiveTransport,
  type PresenceEvent,
  type RequestName,
  type SequencedEvent,
} from '#contract';
import { describe, expect, it } from 'vitest';
import { recommendation, snapshot, tallyEvent } from '../test-support/fixtures';

type Handler = (body: unknown) => unknown;

/** A scripted stand-in for the socket: answers requests from `handlers`, records them. */
class FakeTransport implements LiveTransport {
  connected = true;
  readonly requests: Array<{ event: RequestName; body: unknown }> = [];
  private events = new Set<(e: SequencedEvent) => void>();
  private presence = new Set<(e: PresenceEvent) => void>();
  private connects = new Set<() => void>();
  constructor(public handlers: Partial<Record<RequestName, Handler>>) {}

  request(event: RequestName, body: unknown): Promise<never> {
    this.requests.push({ event, body });
    const handler = this.handlers[event];
    return Promise.resolve((handler ? handler(body) : { ok: true, data: null }) as never);
  }
  onEvent(h: (e: SequencedEvent) => void) {
    this.events.add(h);
    return () => this.events.delete(h);
  }
  onPresence(h: (e: PresenceEvent) => void) {
    this.presence.add(h);
    return () => this.presence.delete(h);
  }
  onConnect(h: () => void) {
    this.connects.add(h);
    return () => this.connects.delete(h);
  }
  emit(event: SequencedEvent) {
    for (const h of this.events) h(event);
  }
  emitPresence(connected: number) {
    for (const h of this.presence) h({ sessionId: 's-1', connected });
  }
  reconnect() {
    for (const h of this.connects) h();
  }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function follow(transport: FakeTransport) {
  const states: LiveSessionState[] = [];
  const presence: number[] = [];
  const feed = new SessionFeed(transport, 's-1', {
    state: (s) => states.push(s),
    presence: (n) => presence.push(n),
  });
  feed.start();
  return { feed, states, presence, last: () => states[states.length - 1]! };
}

describe('SessionFeed', () => {
  it('joins with a snapshot and applies events in order', async () => {
    const transport = new FakeTransport({
      'session:join': () => ({ ok: true, data: snapshot(3, [recommendation('a')]) }),
    });
    const { last } = follow(transport);
    await flush();
    expect(last().seq).toBe(3);
    transport.emit(tallyEvent(4, 'a', 1));
    expect(last().recommendations[0]!.tally.support).toBe(1);
  });

  it('asks session:sync from the last applied seq when it sees a gap', async () => {
    const transport = new FakeTransport({
      'session:join': () => ({ ok: true, data: snapshot(3, [recommendation('a')]) }),
      'session:sync': () => ({
        ok: true,
        data: { kind: 'events', seq: 6, events: [tallyEvent(4, 'a', 4), tallyEvent(5, 'a', 5)] },
      }),
    });
    const { last } = follow(transport);
    await flush();
    transport.emit(tallyEvent(6, 'a', 6));
    await flush();
    expect(transport.requests.filter((r) => r.event === 'session:sync')).toEqual([
      { event: 'session:sync', body: { sessionId: 's-1', sinceSeq: 3 } },
    ]);
    expect(last().seq).toBe(6);
    expect(last().recommendations[0]!.tally.support).toBe(6);
  });

  it('asks once for a burst of events after the same gap', async () => {
    let answer: (value: unknown) => void = () => undefined;
    const transport = new FakeTransport({
      'session:join': () => ({ ok: true, data: snapshot(1, [recommendation('a')]) }),
      'session:sync': () => new Promise((resolve) => (answer = resolve)),
    });
    follow(transport);
    await flush();
    transport.emit(tallyEvent(3, 'a', 3));
    transport.emit(tallyEvent(4, 'a', 4));
    transport.emit(tallyEvent(5, 'a', 5));
    expect(transport.requests.filter((r) => r.event === 'session:sync')).toHaveLength(1);
    answer({ ok: true, data: { kind: 'events', seq: 5, events: [tallyEvent(2, 'a', 2)] } });
  });

  it('joins again after a reconnect and replaces stale state with the new snapshot', async () => {
    let support = 1;
    const transport = new FakeTransport({
      'session:join': () => ({
        ok: true,
        data: snapshot(support * 10, [
          recommendation('a', { tally: { support, oppose: 0, abstain: 0 } }),
        ]),
      }),
    });
    const { last } = follow(transport);
    await flush();
    expect(last().recommendations[0]!.tally.support).toBe(1);
    // While disconnected, votes went on; the reconnect must not leave the old tally on screen.
    support = 7;
    transport.reconnect();
    await flush();
    expect(transport.requests.filter((r) => r.event === 'session:join')).toHaveLength(2);
    expect(last().seq).toBe(70);
    expect(last().recommendations[0]!.tally.support).toBe(7);
  });

  it('keeps events that arrive while the join is in flight when they are newer than the snapshot', async () => {
    let answer: (value: unknown) => void = () => undefined;
    const transport = new FakeTransport({
      'session:join': () => new Promise((resolve) => (answer = resolve)),
    });
    const { last } = follow(transport);
    transport.emit(tallyEvent(2, 'a', 2));
    transport.emit(tallyEvent(3, 'a', 3));
    answer({
      ok: true,
      data: snapshot(2, [recommendation('a', { tally: { support: 2, oppose: 0, abstain: 0 } })]),
    });
    await flush();
    expect(last().seq).toBe(3);
    expect(last().recommendations[0]!.tally.support).toBe(3);
  });

  it('falls back to a fresh join when a sync cannot close the gap', async () => {
    let joins = 0;
    const transport = new FakeTransport({
      'session:join': () => ({
        ok: true,
        data: snapshot(++joins === 1 ? 1 : 9, [recommendation('a')]),
      }),
      'session:sync': () => ({ ok: false, error: { status: 410, message: 'gone' } }),
    });
    const { last } = follow(transport);
    await flush();
    transport.emit(tallyEvent(5, 'a', 5));
    await flush();
    await flush();
    expect(joins).toBe(2);
    expect(last().seq).toBe(9);
  });

  it('passes presence counts of its session on and leaves on stop', async () => {
    const transport = new FakeTransport({
      'session:join': () => ({ ok: true, data: snapshot(0) }),
    });
    const { feed, presence } = follow(transport);
    await flush();
    transport.emitPresence(12);
    void feed.stop();
    transport.emitPresence(13);
    expect(presence).toEqual([12]);
    expect(transport.requests.at(-1)).toEqual({
      event: 'session:leave',
      body: { sessionId: 's-1' },
    });
  });
});
