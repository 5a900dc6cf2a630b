import type { LiveSocket } from '../../src/contract/live-session';
import { createAndSignIn, createConference, type SignedIn } from '../support/actors';
import { connectLive, record } from '../support/live-client';
import { RECOMMENDATION, scenario, transition, type Scenario } from '../support/scenario';
import { startTestApp, TEST_JWT_SECRET, type TestApp } from '../support/test-app';
import { craftToken, nowSeconds } from '../support/tokens';

/** The live room's guarantees against a signed-in attacker (SECURITY.md, "Live connections"). */
describe('live room: what a socket may receive and do', () => {
  let t: TestApp;
  let s: Scenario;
  let outsider: SignedIn;
  const sockets: LiveSocket[] = [];
  const live = async (token: string) => {
    const socket = await connectLive(t.url, token, { reconnection: false });
    sockets.push(socket);
    return socket;
  };

  beforeAll(async () => {
    t = await startTestApp({ listen: true });
    s = await scenario(t.http, { delegates: 2 });
    await transition(t.http, s.moderator, s.sessionId, 'open');
    const other = await createConference(t.http, s.admin);
    outsider = await createAndSignIn(t.http, s.admin, { conferenceId: other.id });
  });
  afterEach(() => {
    sockets.splice(0).forEach((socket) => socket.close());
  });
  afterAll(() => t.close());

  it('an outsider spamming session:join receives no event of that room (finding 3)', async () => {
    const attackers = await Promise.all([1, 2, 3, 4, 5].map(() => live(outsider.token)));
    const received = attackers.map((socket) => record(socket));
    const author = await live(s.delegates[0].token);
    // Rounds of one join per socket and one submit: each submit commits while joins are pending
    // (a socket's room membership is a set, so one pending join per socket at a time).
    const acks: Array<{ ok: boolean; error?: { status: number } }> = [];
    for (let i = 0; i < 30; i++) {
      const joins = attackers.map((socket) =>
        socket.emitWithAck('session:join', { sessionId: s.sessionId }),
      );
      const submitted = author.emitWithAck('recommendation:submit', {
        sessionId: s.sessionId,
        ...RECOMMENDATION,
        title: `secret ${i}`,
      });
      acks.push(...(await Promise.all(joins)));
      expect((await submitted).ok).toBe(true);
    }
    expect(acks.filter((a) => a.ok || a.error?.status !== 404)).toEqual([]);
    // A member joins after every submit: by its answer every event has reached the room.
    const probe = await live(s.delegates[1].token);
    await probe.emitWithAck('session:join', { sessionId: s.sessionId });
    expect(received.flat().map((e) => e.name)).toEqual([]);
  });

  it('cuts a socket at its token’s expiry, though it sends nothing (finding 8)', async () => {
    const exp = nowSeconds() + 2;
    const token = craftToken(
      { sub: s.delegates[1].id, aud: 'agora', iss: 'agora', iat: nowSeconds(), exp },
      { secret: TEST_JWT_SECRET },
    );
    const socket = await live(token);
    expect(await socket.emitWithAck('session:join', { sessionId: s.sessionId })).toMatchObject({
      ok: true,
    });
    const reason = await new Promise<string>((resolve) => {
      const timer = setTimeout(() => resolve('still connected 5 s later'), 5000);
      socket.once('disconnect', (why) => {
        clearTimeout(timer);
        resolve(why);
      });
    });
    expect(reason).toBe('io server disconnect');
    expect(Date.now()).toBeGreaterThanOrEqual(exp * 1000);
    expect(Date.now()).toBeLessThan(exp * 1000 + 1500);
  });
});
