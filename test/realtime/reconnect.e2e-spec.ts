import { LiveSession, type LiveState } from '../../src/contract/live-session';
import type { RecommendationView } from '#contract';
import type { SignedIn } from '../support/actors';
import { connectLive } from '../support/live-client';
import { scenario, submit, transition, vote, type Scenario } from '../support/scenario';
import { startTestApp, type TestApp } from '../support/test-app';

/** What a screen shows of a recommendation, compared with a fresh GET. */
const shown = (r: RecommendationView) => ({
  id: r.id,
  title: r.title,
  status: r.status,
  version: r.version,
  tally: r.tally,
  bridging: r.bridging,
  consensus: r.consensus,
  commentCount: r.commentCount,
  myVote: r.myVote,
});

describe.each([
  ['with connection state recovery', {}, true],
  ['without connection state recovery', { SOCKET_RECOVERY_MS: '0' }, false],
])('a screen that loses its connection and comes back (%s)', (_name, env, recovers) => {
  let t: TestApp;
  let s: Scenario;

  beforeAll(async () => {
    t = await startTestApp({ listen: true, env });
    s = await scenario(t.http, { delegates: 5 });
    await transition(t.http, s.moderator, s.sessionId, 'open');
  });
  afterAll(() => t.close());

  async function freshGet(viewer: SignedIn): Promise<unknown[]> {
    const res = await t.http
      .get(`/api/v1/sessions/${s.sessionId}/recommendations?status=all`)
      .set(viewer.auth);
    return (res.body as RecommendationView[]).map(shown).sort((a, b) => a.id.localeCompare(b.id));
  }
  const onScreen = (state: LiveState) =>
    [...state.recommendations.values()].map(shown).sort((a, b) => a.id.localeCompare(b.id));

  it('ends with exactly the state of a fresh GET', async () => {
    const viewer = s.delegates[4];
    const first = await submit(t.http, s.delegates[0], s.sessionId, { title: 'Before the outage' });
    await vote(t.http, viewer, first.id, 'oppose');

    const socket = await connectLive(t.url, viewer.token, { reconnectionDelay: 300 });
    const screen = new LiveSession(socket, s.sessionId);
    await screen.join();
    expect(screen.state!.recommendations.get(first.id)?.myVote).toBe('oppose');
    // socket.io can only recover a client that has received a broadcast (it resumes from its offset).
    await vote(t.http, s.delegates[1], first.id, 'abstain');
    await screen.until((st) => st.recommendations.get(first.id)?.tally.abstain === 1);

    // Cut the transport (as a lost Wi-Fi would), then change things while the screen is away.
    const away = new Promise((resolve) => socket.once('disconnect', resolve));
    socket.io.engine.close();
    await away;
    const second = await submit(t.http, s.delegates[1], s.sessionId, {
      title: 'Submitted during the outage',
    });
    await vote(t.http, s.delegates[2], first.id, 'support');
    await vote(t.http, s.delegates[3], second.id, 'support');
    await t.http
      .patch(`/api/v1/recommendations/${first.id}`)
      .set(s.delegates[0].auth)
      .send({ version: 1, title: 'Edited during the outage' });
    await t.http
      .post(`/api/v1/recommendations/${second.id}/comments`)
      .set(s.delegates[2].auth)
      .send({ body: 'Seen late', stance: 'for' });
    const expected = await freshGet(viewer);

    // It may already be back (the changes above can take longer than the reconnection delay).
    if (!socket.connected)
      await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    // socket.io restores sessions with its in-memory adapter (one instance); its PostgreSQL adapter
    // does not, and the client helper then joins again for a fresh snapshot (same end state).
    expect(Boolean(socket.recovered)).toBe(recovers && t.config.database.type === 'sqlite');
    const state = await screen.until(
      (st) => JSON.stringify(onScreen(st)) === JSON.stringify(expected),
    );
    expect(onScreen(state)).toEqual(expected);
    expect(state.recommendations.get(first.id)).toMatchObject({
      title: 'Edited during the outage',
      myVote: 'oppose',
      tally: { support: 1, oppose: 1, abstain: 1 },
    });
    if (!socket.recovered) expect(screen.resyncs).toBeGreaterThanOrEqual(1);

    // And it keeps following live afterwards.
    await vote(t.http, s.delegates[0], second.id, 'oppose');
    await screen.until((st) => st.recommendations.get(second.id)?.tally.oppose === 1);
    socket.close();
  });

  it('resyncs by itself when it notices a gap in seq', async () => {
    const socket = await connectLive(t.url, s.observer.token);
    const screen = new LiveSession(socket, s.sessionId);
    const joined = await screen.join();
    // Pretend this screen missed the next events: its state is one event behind what it last saw.
    const rec = await submit(t.http, s.delegates[0], s.sessionId, { title: 'Gap' });
    await screen.until((st) => st.recommendations.has(rec.id));
    // Every further event now looks like it comes after a gap.
    screen.update((st) => ({
      ...st,
      seq: joined.seq - 1,
      recommendations: st.recommendations.filter((r) => r.id !== rec.id),
    }));
    await vote(t.http, s.delegates[1], rec.id, 'support');
    const state = await screen.until((st) => st.recommendations.get(rec.id)?.tally.support === 1);
    expect(screen.resyncs).toBeGreaterThanOrEqual(1);
    expect(onScreen(state)).toEqual(
      (await freshGet(s.observer)).map((r) => ({ ...(r as object), myVote: null })),
    );
    socket.close();
  });
});
