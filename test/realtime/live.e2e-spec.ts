import { LiveSession, type LiveSocket } from '../../src/contract/live-session';
import type { Ack } from '#contract';
import { Recommendation } from '../../src/recommendations/recommendation.entity';
import { createAndSignIn, createConference } from '../support/actors';
import { connectLive, record, waitUntil } from '../support/live-client';
import {
  RECOMMENDATION,
  scenario,
  submit,
  transition,
  vote,
  type Scenario,
} from '../support/scenario';
import { startTestApp, TEST_JWT_SECRET, type TestApp } from '../support/test-app';
import { craftToken, nowSeconds } from '../support/tokens';

describe('live sessions over socket.io', () => {
  let t: TestApp;
  let s: Scenario;
  const sockets: LiveSocket[] = [];
  const live = async (token: string) => {
    const socket = await connectLive(t.url, token);
    sockets.push(socket);
    return socket;
  };

  beforeAll(async () => {
    t = await startTestApp({ listen: true });
    s = await scenario(t.http, { delegates: 4 });
    await transition(t.http, s.moderator, s.sessionId, 'open');
  });
  afterEach(() => {
    sockets.splice(0).forEach((socket) => socket.close());
  });
  afterAll(() => t.close());

  describe('the handshake refuses bad tokens with connect_error "unauthorized"', () => {
    const claims = () => ({
      sub: s.delegates[0].id,
      aud: 'agora',
      iss: 'agora',
      iat: nowSeconds(),
      exp: nowSeconds() + 600,
    });
    it.each([
      ['no token', () => undefined],
      ['garbage', () => 'garbage'],
      [
        'an expired token',
        () => craftToken({ ...claims(), exp: nowSeconds() - 5 }, { secret: TEST_JWT_SECRET }),
      ],
      ['alg:none', () => craftToken(claims(), { alg: 'none' })],
      ['a wrong signature', () => craftToken(claims(), { secret: 'not-our-secret' })],
    ])('%s', async (_name, token) => {
      await expect(connectLive(t.url, token(), { reconnection: false })).rejects.toThrow(
        'unauthorized',
      );
    });
  });

  it('refuses browsers from other origins, and accepts the same origin', async () => {
    await expect(
      connectLive(t.url, s.delegates[0].token, {
        reconnection: false,
        origin: 'https://evil.example',
      }),
    ).rejects.toThrow();
    const same = await connectLive(t.url, s.delegates[0].token, {
      reconnection: false,
      origin: t.url,
    });
    sockets.push(same);
    expect(same.connected).toBe(true);
  });

  it('cuts a deactivated delegate’s open socket', async () => {
    const victim = await createAndSignIn(t.http, s.admin, { conferenceId: s.conferenceId });
    const socket = await live(victim.token);
    const disconnected = new Promise<string>((resolve) => socket.on('disconnect', resolve));
    await t.http
      .patch(`/api/v1/participants/${victim.id}`)
      .set(s.admin.auth)
      .send({ active: false });
    expect(await disconnected).toBe('io server disconnect');
    await expect(connectLive(t.url, victim.token, { reconnection: false })).rejects.toThrow(
      'unauthorized',
    );
  });

  it('does not let a delegate join a session of another conference', async () => {
    const other = await createConference(t.http, s.admin);
    const outsider = await createAndSignIn(t.http, s.admin, { conferenceId: other.id });
    const socket = await live(outsider.token);
    const ack = await socket.emitWithAck('session:join', { sessionId: s.sessionId });
    expect(ack).toEqual({
      ok: false,
      error: {
        status: 404,
        code: 'NOT_FOUND',
        message: expect.stringContaining('not found'),
        params: { entity: 'Session', id: s.sessionId },
      },
    });
    // And it receives nothing of that session.
    const seen = record(socket);
    await submit(t.http, s.delegates[0], s.sessionId, { title: 'not for outsiders' });
    await vote(
      t.http,
      s.delegates[1],
      (await submit(t.http, s.delegates[0], s.sessionId)).id,
      'support',
    );
    const probe = await live(s.delegates[2].token);
    const session = new LiveSession(probe, s.sessionId);
    await session.join();
    expect(seen).toEqual([]);
  });

  it('shows three screens every created, updated, comment, tally and closed event, in consecutive seq from the snapshot', async () => {
    const sessionId = (
      await t.http
        .post(`/api/v1/conferences/${s.conferenceId}/sessions`)
        .set(s.admin.auth)
        .send({
          title: 'Live',
          kind: 'led_discussion',
          startsAt: '2017-11-16T09:30:00Z',
          endsAt: '2017-11-16T11:00:00Z',
          moderatorIds: [s.moderator.id],
        })
    ).body.id;
    await transition(t.http, s.moderator, sessionId, 'open');
    const screens = await Promise.all(
      s.delegates.slice(0, 3).map(async (d) => new LiveSession(await live(d.token), sessionId)),
    );
    const recorders = screens.map((screen) => record(screen.socket));
    const snapshots = await Promise.all(screens.map((screen) => screen.join()));
    const startSeq = snapshots[0].seq;

    // Created (over the socket), updated, commented, voted, closed.
    const created = (await screens[0].socket.emitWithAck('recommendation:submit', {
      sessionId,
      ...RECOMMENDATION,
    })) as Ack<{ id: string; version: number }>;
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    const id = created.data.id;
    await t.http
      .patch(`/api/v1/recommendations/${id}`)
      .set(s.delegates[0].auth)
      .send({ version: 1, title: 'Edited live' });
    await screens[1].socket.emitWithAck('comment:add', {
      recommendationId: id,
      body: 'Agreed',
      stance: 'for',
    });
    await screens[2].socket.emitWithAck('vote:cast', { recommendationId: id, value: 'support' });
    await screens[2].until((st) => st.recommendations.get(id)?.tally.support === 1);
    await transition(t.http, s.moderator, sessionId, 'close');

    for (const [i, screen] of screens.entries()) {
      const state = await screen.until((st) => st.session.status === 'closed');
      expect(state.recommendations.get(id)).toMatchObject({
        title: 'Edited live',
        commentCount: 1,
        tally: { support: 1, oppose: 0, abstain: 0 },
      });
      expect(state.comments.get(id)?.map((c) => c.body)).toEqual(['Agreed']);
      const sequenced = recorders[i].filter((e) => e.name !== 'presence');
      expect(sequenced.map((e) => e.name)).toEqual([
        'recommendation:created',
        'recommendation:updated',
        'comment:created',
        'tally:updated',
        'session:updated',
      ]);
      expect(sequenced.map((e) => e.payload.seq)).toEqual([1, 2, 3, 4, 5].map((n) => startSeq + n));
      expect(screen.resyncs).toBe(0);
    }
  });

  it('lowers a screen’s comment count when a comment is hidden, as REST counts it', async () => {
    const { id } = await submit(t.http, s.delegates[0], s.sessionId, { title: 'Hidden comment' });
    const comment = async (body: string) =>
      (
        await t.http
          .post(`/api/v1/recommendations/${id}/comments`)
          .set(s.delegates[1].auth)
          .send({ body, stance: 'against' })
          .expect(201)
      ).body as { id: string };
    await comment('Kept');
    const screen = new LiveSession(await live(s.observer.token), s.sessionId);
    await screen.join();
    const hidden = await comment('Out of order');
    await screen.until((st) => st.recommendations.get(id)?.commentCount === 2);
    await t.http
      .post(`/api/v1/comments/${hidden.id}/hide`)
      .set(s.moderator.auth)
      .send({ reason: 'Off topic' })
      .expect(200);

    const state = await screen.until(
      (st) => st.comments.get(id)?.find((c) => c.id === hidden.id)?.hidden === true,
    );
    const rest = await t.http.get(`/api/v1/recommendations/${id}`).set(s.observer.auth).expect(200);
    expect((rest.body as { commentCount: number }).commentCount).toBe(1);
    expect(state.recommendations.get(id)?.commentCount).toBe(1);
  });

  it('broadcasts a vote by REST and a vote by socket the same way', async () => {
    const { id } = await submit(t.http, s.delegates[0], s.sessionId, { title: 'REST or socket' });
    const screen = new LiveSession(await live(s.observer.token), s.sessionId);
    await screen.join();
    const seen = record(screen.socket);
    await vote(t.http, s.delegates[1], id, 'support');
    await screen.until((st) => st.recommendations.get(id)?.tally.support === 1);
    const voter = await live(s.delegates[2].token);
    const ack = await voter.emitWithAck('vote:cast', { recommendationId: id, value: 'support' });
    expect(ack).toEqual({
      ok: true,
      data: {
        recommendationId: id,
        tally: { support: 2, oppose: 0, abstain: 0 },
        myVote: 'support',
      },
    });
    await screen.until((st) => st.recommendations.get(id)?.tally.support === 2);
    const tallies = seen
      .filter((e) => e.name === 'tally:updated')
      .map((e) =>
        (e.payload.tallies as Array<{ recommendationId: string; support: number }>).find(
          (x) => x.recommendationId === id,
        ),
      );
    expect(tallies).toEqual([
      { recommendationId: id, support: 1, oppose: 0, abstain: 0, bridging: 0, consensus: null },
      { recommendationId: id, support: 2, oppose: 0, abstain: 0, bridging: 0, consensus: null },
    ]);
  });

  it('answers bad messages with error acks naming the field, and stays up', async () => {
    const socket = await live(s.delegates[0].token);
    const extra = await socket.emitWithAck('vote:cast', {
      recommendationId: s.sessionId,
      value: 'support',
      weight: 10,
    } as never);
    expect(extra).toMatchObject({
      ok: false,
      error: {
        status: 400,
        message: expect.arrayContaining([expect.stringMatching(/weight should not exist/)]),
      },
    });
    const wrongType = await socket.emitWithAck('session:sync', {
      sessionId: s.sessionId,
      sinceSeq: 'zero',
    } as never);
    expect(wrongType).toMatchObject({
      ok: false,
      error: { status: 400, message: expect.arrayContaining([expect.stringMatching(/^sinceSeq/)]) },
    });
    const tooLong = await socket.emitWithAck('recommendation:submit', {
      sessionId: s.sessionId,
      ...RECOMMENDATION,
      body: 'x'.repeat(50_000),
    });
    expect(tooLong).toMatchObject({
      ok: false,
      error: { status: 400, message: expect.arrayContaining([expect.stringMatching(/^body/)]) },
    });
    const notObject = await socket.emitWithAck('session:join', 'hello' as never);
    expect(notObject).toMatchObject({ ok: false, error: { status: 400 } });

    // Past the 100 kB message limit socket.io drops the connection rather than read it.
    const dropped = new Promise<string>((resolve) => socket.on('disconnect', resolve));
    socket.emit(
      'recommendation:submit',
      { sessionId: s.sessionId, ...RECOMMENDATION, body: 'x'.repeat(200_000) },
      () => undefined,
    );
    expect(await dropped).toMatch(/transport close|transport error/);
    const again = await live(s.delegates[0].token);
    expect(await again.emitWithAck('session:join', { sessionId: s.sessionId })).toMatchObject({
      ok: true,
    });
  });

  it('limits the message rate per socket with 429 acks', async () => {
    const socket = await live(s.delegates[3].token);
    const acks = await Promise.all(
      Array.from({ length: 80 }, () =>
        socket.emitWithAck('session:leave', { sessionId: s.sessionId }),
      ),
    );
    const limited = acks.filter((a) => !a.ok && a.error.status === 429).length;
    expect(limited).toBeGreaterThan(0);
    expect(acks.filter((a) => a.ok).length).toBeGreaterThanOrEqual(20);
  });

  it('makes a retried submit with the same requestId create one recommendation', async () => {
    const socket = await live(s.delegates[1].token);
    const message = {
      sessionId: s.sessionId,
      ...RECOMMENDATION,
      title: 'Sent over a flaky link',
      requestId: 'req-42',
    };
    const [a, b] = [
      await socket.emitWithAck('recommendation:submit', message),
      await socket.emitWithAck('recommendation:submit', message),
    ];
    expect(a.ok && b.ok && a.data.id === b.data.id).toBe(true);
    expect(
      await t.dataSource.getRepository(Recommendation).countBy({ title: 'Sent over a flaky link' }),
    ).toBe(1);
  });

  it('sends presence counts to the room', async () => {
    const watcher = new LiveSession(await live(s.moderator.token), s.sessionId);
    await watcher.join();
    const other = new LiveSession(await live(s.delegates[0].token), s.sessionId);
    await other.join();
    await watcher.until((st) => st.connected === 2);
    await waitUntil(watcher.socket, () => watcher.state!.connected === 2);
    // And down again when a participant's last socket disconnects (its rooms are read on
    // 'disconnecting': on 'disconnect' the socket has already left them).
    other.socket.close();
    await watcher.until((st) => st.connected === 1);
  });
});
