import { LiveSession } from '../../src/contract/live-session';
import { remainingSeconds, type SpeakersView } from '#contract';
import { connectLive, record } from '../support/live-client';
import { scenario, submit, transition, type Scenario } from '../support/scenario';
import { startTestApp, type TestApp } from '../support/test-app';

describe("speakers' lists live", () => {
  let t: TestApp;
  let s: Scenario;
  const api = (path = '') => `/api/v1/sessions/${s.sessionId}/speakers${path}`;
  const fresh = async (): Promise<SpeakersView> =>
    (await t.http.get(api()).set(s.observer.auth).expect(200)).body;

  beforeAll(async () => {
    t = await startTestApp({ listen: true });
    s = await scenario(t.http, { delegates: 3 });
    await transition(t.http, s.moderator, s.sessionId, 'open');
  }, 120_000);
  afterAll(() => t.close());

  it('sends the whole list as speakers:updated, sequenced with the session’s other events', async () => {
    const socket = await connectLive(t.url, s.observer.token);
    const seen = record(socket);
    const screen = new LiveSession(socket, s.sessionId);
    const joined = await screen.join();
    expect(joined.speakers).toEqual(await fresh());
    const start = joined.seq;

    await t.http.post(api()).set(s.delegates[0].auth).send({}).expect(201);
    await submit(t.http, s.delegates[1], s.sessionId);
    await t.http.post(api()).set(s.delegates[1].auth).send({}).expect(201);
    await t.http.post(api('/next')).set(s.moderator.auth).expect(200);
    const state = await screen.until(
      (st) => st.speakers.current?.participant.id === s.delegates[0].id,
    );
    expect(state.speakers).toEqual(await fresh());
    expect(state.speakers.queue.map((r) => r.participant.id)).toEqual([s.delegates[1].id]);

    const sequenced = seen.filter((e) => e.name !== 'presence');
    expect(sequenced.map((e) => e.name)).toEqual([
      'speakers:updated',
      'recommendation:created',
      'speakers:updated',
      'speakers:updated',
    ]);
    expect(sequenced.map((e) => e.payload.seq)).toEqual([
      start + 1,
      start + 2,
      start + 3,
      start + 4,
    ]);
    const last = sequenced[3].payload as Record<string, unknown>;
    expect(last).toMatchObject({ sessionId: s.sessionId, mode: 'fifo', turnSeconds: 180 });
    expect(last).not.toHaveProperty('speakers');

    // The countdown is derived on each screen from startedAt and turnSeconds.
    const left = remainingSeconds(state.speakers, Date.now())!;
    expect(left).toBeGreaterThan(150);
    expect(left).toBeLessThanOrEqual(180);
    socket.close();
  });

  it('a screen that was away catches up through session:sync and on a fresh join', async () => {
    const socket = await connectLive(t.url, s.delegates[2].token);
    const screen = new LiveSession(socket, s.sessionId);
    const { seq } = await screen.join();
    await t.http
      .put(api('/settings'))
      .set(s.moderator.auth)
      .send({ mode: 'balanced', turnSeconds: 60 })
      .expect(200);
    await t.http.post(api('/end')).set(s.moderator.auth).expect(200);

    const sync = await socket.emitWithAck('session:sync', {
      sessionId: s.sessionId,
      sinceSeq: seq,
    });
    expect(sync.ok).toBe(true);
    if (!sync.ok || sync.data.kind !== 'events') throw new Error('expected the missed events');
    expect(sync.data.events.map((e) => e.name)).toEqual(['speakers:updated', 'speakers:updated']);
    const after = sync.data.events[1].payload as { current: unknown; turnSeconds: number };
    expect(after).toMatchObject({ current: null, turnSeconds: 60 });

    await screen.until((st) => st.speakers.current === null && st.speakers.mode === 'balanced');
    const again = new LiveSession(await connectLive(t.url, s.delegates[2].token), s.sessionId);
    const rejoined = await again.join();
    expect(rejoined.speakers).toEqual(await fresh());
    expect(rejoined.speakers.totals).toEqual([
      { constituency: 'local_government', turns: 1, seconds: expect.any(Number) },
    ]);
    socket.close();
    again.socket.close();
  });
});
