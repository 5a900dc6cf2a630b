import type { AmendmentView, DraftEvent, DraftSnapshot, DraftView, SpeakersView } from '#contract';
import { describe, expect, it } from 'vitest';
import { DraftFeed } from './draft-feed';

const EMPTY_SPEAKERS: SpeakersView = {
  mode: 'fifo',
  turnSeconds: 180,
  current: null,
  queue: [],
  totals: [],
  organisations: [],
};
import type { DraftRequestName, DraftTransport } from './draft-socket';
import type { LiveDraftState } from './draft-state';

type Handler = (body: unknown) => unknown;

/** A scripted stand-in for the draft's socket: answers requests from `handlers`, records them. */
class FakeTransport implements DraftTransport {
  connected = true;
  readonly requests: Array<{ event: DraftRequestName; body: unknown }> = [];
  private events = new Set<(e: DraftEvent) => void>();
  private connects = new Set<() => void>();
  private disconnects = new Set<() => void>();
  constructor(public handlers: Partial<Record<DraftRequestName, Handler>>) {}

  request(event: DraftRequestName, body: unknown): Promise<never> {
    this.requests.push({ event, body });
    const handler = this.handlers[event];
    return Promise.resolve((handler ? handler(body) : { ok: true, data: null }) as never);
  }
  onEvent(h: (e: DraftEvent) => void) {
    this.events.add(h);
    return () => this.events.delete(h);
  }
  onConnect(h: () => void) {
    this.connects.add(h);
    return () => this.connects.delete(h);
  }
  onDisconnect(h: () => void) {
    this.disconnects.add(h);
    return () => this.disconnects.delete(h);
  }
  emit(event: DraftEvent) {
    for (const h of this.events) h(event);
  }
  reconnect() {
    for (const h of this.disconnects) h();
    for (const h of this.connects) h();
  }
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

const draft = {
  id: 'd',
  conferenceId: 'c',
  title: 'Declaration',
  language: 'en',
  status: 'drafting',
  version: 0,
  chairs: [],
  fromReportId: null,
  clean: true,
  silence: null,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  paragraphs: [],
} satisfies DraftView;

const amendment = (id: string) =>
  ({ id, draftId: 'd', paragraphId: 'p', myVote: null }) as unknown as AmendmentView;
const snapshot = (seq: number, ids: string[] = []): DraftSnapshot => ({
  draft,
  amendments: ids.map(amendment),
  speakers: EMPTY_SPEAKERS,
  seq,
});
const created = (seq: number, id: string, draftId = 'd'): DraftEvent => ({
  name: 'amendment:created',
  payload: { draftId, seq, amendment: amendment(id) },
});

function follow(transport: FakeTransport) {
  const states: LiveDraftState[] = [];
  const failures: string[] = [];
  const feed = new DraftFeed(transport, 'd', {
    state: (s) => states.push(s),
    failed: (m) => failures.push(m),
  });
  feed.start();
  const ids = () => states[states.length - 1]!.amendments.map((a) => a.id);
  return { feed, states, failures, ids };
}

describe('DraftFeed', () => {
  it('joins the draft’s room and applies its events, ignoring other drafts’', async () => {
    const transport = new FakeTransport({
      'draft:join': () => ({ ok: true, data: snapshot(3) }),
    });
    const { ids } = follow(transport);
    await flush();
    expect(transport.requests[0]).toEqual({ event: 'draft:join', body: { draftId: 'd' } });
    transport.emit(created(4, 'a'));
    transport.emit(created(5, 'x', 'other'));
    expect(ids()).toEqual(['a']);
  });

  it('asks draft:sync since the last event on a gap and applies what it missed', async () => {
    const transport = new FakeTransport({
      'draft:join': () => ({ ok: true, data: snapshot(3) }),
      'draft:sync': () => ({
        ok: true,
        data: { kind: 'events', seq: 5, events: [created(4, 'a')] },
      }),
    });
    const { ids } = follow(transport);
    await flush();
    transport.emit(created(5, 'b'));
    await flush();
    expect(transport.requests[1]).toEqual({
      event: 'draft:sync',
      body: { draftId: 'd', sinceSeq: 3 },
    });
    expect(ids()).toEqual(['a', 'b']);
  });

  it('joins again after a reconnect and takes the new snapshot', async () => {
    let seq = 3;
    const transport = new FakeTransport({
      'draft:join': () => ({ ok: true, data: snapshot(seq, seq > 3 ? ['later'] : []) }),
    });
    const { ids, failures } = follow(transport);
    await flush();
    seq = 9;
    transport.reconnect();
    await flush();
    expect(failures).toEqual(['disconnected']);
    expect(transport.requests.filter((r) => r.event === 'draft:join')).toHaveLength(2);
    expect(ids()).toEqual(['later']);
  });

  it('reports a refused join and leaves the room when stopped', async () => {
    const transport = new FakeTransport({
      'draft:join': () => ({ ok: false, error: { status: 404, message: 'Draft not found' } }),
    });
    const { feed, failures, states } = follow(transport);
    await flush();
    expect(failures).toEqual(['Draft not found']);
    expect(states).toEqual([]);
    feed.stop();
    expect(transport.requests[transport.requests.length - 1]).toEqual({
      event: 'draft:leave',
      body: { draftId: 'd' },
    });
  });
});
