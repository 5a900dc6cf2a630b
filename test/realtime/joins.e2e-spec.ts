import type { LiveSocket } from '../../src/contract/live-session';
import { LiveSnapshots } from '../../src/realtime/live-snapshots';
import { connectLive, waitUntil } from '../support/live-client';
import {
  createSession,
  scenario,
  submit,
  transition,
  vote,
  type Scenario,
} from '../support/scenario';
import { startTestApp, type TestApp } from '../support/test-app';

interface JoinedSnapshot {
  seq: number;
  recommendations: Array<{ id: string; myVote: string | null }>;
}

/** Screens joining one session at one `seq` share one snapshot build (LiveSnapshots, SnapshotCache). */
describe('joining a session', () => {
  let t: TestApp;
  let s: Scenario;
  const sockets: LiveSocket[] = [];
  const live = async (token: string) => {
    const socket = await connectLive(t.url, token, { reconnection: false });
    sockets.push(socket);
    return socket;
  };
  const join = async (socket: LiveSocket, sessionId: string) => {
    const ack = await socket.emitWithAck('session:join', { sessionId });
    if (!ack.ok) throw new Error(`join refused: ${JSON.stringify(ack.error)}`);
    return ack.data as unknown as JoinedSnapshot;
  };

  beforeAll(async () => {
    t = await startTestApp({ listen: true });
    s = await scenario(t.http, { delegates: 3 });
  });
  afterEach(() => {
    sockets.splice(0).forEach((socket) => socket.close());
  });
  afterAll(() => t.close());

  it('builds once for every screen at one seq, once more for moderators, and again after an event; each screen gets only its own votes', async () => {
    const sessionId = await createSession(t.http, s.admin, s.conferenceId, [s.moderator.id]);
    await transition(t.http, s.moderator, sessionId, 'open');
    const voted = await submit(t.http, s.delegates[0], sessionId);
    // The moderator's screen sees the vote's tally broadcast: the seq then stays put.
    const probe = await live(s.moderator.token);
    await join(probe, sessionId);
    let tallied = false;
    probe.on('tally:updated', () => (tallied = true));
    expect((await vote(t.http, s.delegates[1], voted.id, 'oppose')).status).toBe(200);
    await waitUntil(probe, () => tallied);

    // `build` is private: counting its calls is counting the snapshots made.
    const internals = t.app.get<LiveSnapshots, { build: () => Promise<unknown> }>(LiveSnapshots);
    const build = jest.spyOn(internals, 'build');
    try {
      const viewers = [s.observer, ...s.delegates];
      const screens = await Promise.all(viewers.map((viewer) => live(viewer.token)));
      const snapshots = await Promise.all(screens.map((socket) => join(socket, sessionId)));
      expect(new Set(snapshots.map((snapshot) => snapshot.seq)).size).toBe(1);
      expect(snapshots.map((snapshot) => snapshot.recommendations[0].myVote)).toEqual([
        null,
        null,
        'oppose',
        null,
      ]);
      // Joining again at the same seq: served from the same build.
      await join(await live(s.delegates[2].token), sessionId);
      expect(build).toHaveBeenCalledTimes(1);

      await join(await live(s.moderator.token), sessionId);
      expect(build).toHaveBeenCalledTimes(2);

      await submit(t.http, s.delegates[0], sessionId, { title: 'A newer recommendation' });
      const later = await join(await live(s.observer.token), sessionId);
      expect(later.seq).toBeGreaterThan(snapshots[0].seq);
      expect(later.recommendations).toHaveLength(2);
      expect(build).toHaveBeenCalledTimes(3);
    } finally {
      build.mockRestore();
    }
  });
});
