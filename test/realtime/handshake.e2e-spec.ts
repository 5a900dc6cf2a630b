import type { LiveSocket } from '../../src/contract/live-session';
import { createAndSignIn } from '../support/actors';
import { connectLive } from '../support/live-client';
import { scenario, submit, transition, type Scenario } from '../support/scenario';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The handshake and every message check the participant through a cache (TokenService,
 * ParticipantCache): what changes a participant must apply at once on this instance, however
 * many sockets had it cached a moment before.
 */
describe('the participant cache behind the /live handshake', () => {
  let t: TestApp;
  let s: Scenario;
  const sockets: LiveSocket[] = [];
  const live = async (token: string) => {
    const socket = await connectLive(t.url, token, { reconnection: false });
    sockets.push(socket);
    return socket;
  };

  beforeAll(async () => {
    t = await startTestApp({ listen: true });
    s = await scenario(t.http, { delegates: 1 });
    await transition(t.http, s.moderator, s.sessionId, 'open');
  });
  afterEach(() => {
    sockets.splice(0).forEach((socket) => socket.close());
  });
  afterAll(() => t.close());

  it('admits screens of one participant connecting at once, and refuses the next at once after a deactivation', async () => {
    const screen = await createAndSignIn(t.http, s.admin, {
      role: 'observer',
      conferenceId: s.conferenceId,
    });
    // SOCKETS_PER_PARTICIPANT (10) and PARTICIPANT_JOINS_PER_SECOND (5) bound how many.
    const screens = await Promise.all(Array.from({ length: 8 }, () => live(screen.token)));
    const joined = await Promise.all(
      screens
        .slice(0, 4)
        .map((socket) => socket.emitWithAck('session:join', { sessionId: s.sessionId })),
    );
    expect(joined.every((ack) => ack.ok)).toBe(true);
    const cut = Promise.all(
      screens.map((socket) => new Promise((resolve) => socket.once('disconnect', resolve))),
    );
    const res = await t.http
      .patch(`/api/v1/participants/${screen.id}`)
      .set(s.admin.auth)
      .send({ active: false });
    expect(res.status).toBe(200);
    await cut;
    // Well within the cache's age: the eviction, not the age, refuses it.
    await expect(live(screen.token)).rejects.toThrow('unauthorized');
  });

  it('applies a role change to the open socket’s next message and to the next handshake', async () => {
    const delegate = await createAndSignIn(t.http, s.admin, { conferenceId: s.conferenceId });
    const first = await submit(t.http, delegate, s.sessionId, { title: 'Voted before the change' });
    const second = await submit(t.http, delegate, s.sessionId, { title: 'Voted after the change' });
    const socket = await live(delegate.token);
    const before = await socket.emitWithAck('vote:cast', {
      recommendationId: first.id,
      value: 'support',
    });
    expect(before.ok).toBe(true);
    const res = await t.http
      .patch(`/api/v1/participants/${delegate.id}`)
      .set(s.admin.auth)
      .send({ role: 'observer' });
    expect(res.status).toBe(200);
    const after = await socket.emitWithAck('vote:cast', {
      recommendationId: second.id,
      value: 'support',
    });
    expect(after).toMatchObject({ ok: false, error: { status: 403 } });
    const again = await live(delegate.token);
    const retried = await again.emitWithAck('vote:cast', {
      recommendationId: second.id,
      value: 'support',
    });
    expect(retried).toMatchObject({ ok: false, error: { status: 403 } });
  });

  it('refuses an erased participant’s token in the handshake at once', async () => {
    const victim = await createAndSignIn(t.http, s.admin, { conferenceId: s.conferenceId });
    const socket = await live(victim.token);
    const cut = new Promise((resolve) => socket.once('disconnect', resolve));
    const res = await t.http.post(`/api/v1/participants/${victim.id}/erase`).set(s.admin.auth);
    expect(res.status).toBe(200);
    await cut;
    await expect(live(victim.token)).rejects.toThrow('unauthorized');
    const rest = await t.http.get('/api/v1/participants/me/data').set(victim.auth);
    expect(rest.status).toBe(401);
  });
});
