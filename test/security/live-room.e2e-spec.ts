import type { LiveSocket } from '../../src/contract/live-session';
import { createAndSignIn, createConference, type SignedIn } from '../support/actors';
import { connectLive, record } from '../support/live-client';
import {
  createSession,
  RECOMMENDATION,
  scenario,
  submit,
  transition,
  type Scenario,
  vote,
} from '../support/scenario';
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
    // Refused (404), or slowed down (429) once the participant's shared budget is spent. At
    // least the budget's burst (twice the 5 joins a second) reached the membership check and was
    // refused there; more when the rounds outlast a refill, which a fast machine's do not.
    expect(acks.filter((a) => a.ok || ![404, 429].includes(a.error!.status))).toEqual([]);
    expect(acks.filter((a) => a.error?.status === 404).length).toBeGreaterThanOrEqual(10);
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

  it('limits sockets and messages per participant, not only per socket (finding 9)', async () => {
    const voter = s.delegates[1];
    const { id: recommendationId } = await submit(t.http, s.delegates[0], s.sessionId, {
      title: 'One delegate, many sockets',
    });
    const cap = t.config.socketsPerParticipant;
    const own = await Promise.all(Array.from({ length: cap }, () => live(voter.token)));
    await expect(connectLive(t.url, voter.token, { reconnection: false })).rejects.toThrow(
      'too many connections',
    );
    // Each socket stays within its own burst (twice its rate); together they are far over the participant's.
    const perSocket = 2 * t.config.socketMessagesPerSecond;
    const started = Date.now();
    const acks = await Promise.all(
      own.flatMap((socket) =>
        Array.from({ length: perSocket }, (_, i) =>
          socket.emitWithAck('vote:cast', {
            recommendationId,
            value: i % 2 ? 'support' : 'oppose',
          }),
        ),
      ),
    );
    const seconds = (Date.now() - started) / 1000;
    const accepted = acks.filter((a) => a.ok || a.error.status !== 429).length;
    const rate = t.config.participantMessagesPerSecond;
    expect(accepted).toBeGreaterThanOrEqual(rate);
    expect(accepted).toBeLessThanOrEqual(Math.ceil(2 * rate + rate * seconds) + 1);
  });

  it('replays no more than REST shows: hidden text, merged and withdrawn items, erased names (finding 2)', async () => {
    const sessionId = await createSession(t.http, s.admin, s.conferenceId, [s.moderator.id]);
    await transition(t.http, s.moderator, sessionId, 'open');
    const [a, b] = s.delegates;
    const hidden = await submit(t.http, a, sessionId, {
      title: 'Hidden title',
      body: 'Hidden body',
    });
    const kept = await submit(t.http, a, sessionId, { title: 'Kept' });
    const merged = await submit(t.http, b, sessionId, { title: 'Merged away' });
    const withdrawn = await submit(t.http, b, sessionId, { title: 'Withdrawn' });
    const comment = (body: string, who: SignedIn, id = kept.id) =>
      t.http
        .post(`/api/v1/recommendations/${id}/comments`)
        .set(who.auth)
        .send({ body, stance: 'for' })
        .expect(201);
    const hiddenComment = (await comment('Hidden comment', b)).body as { id: string };
    await comment('On a hidden recommendation', b, hidden.id);
    const erased = await createAndSignIn(t.http, s.admin, {
      conferenceId: s.conferenceId,
      name: 'Erin Erasable',
    });
    await comment('By someone erased later', erased);
    const moderate = (path: string, body: object, who: SignedIn = s.moderator) =>
      t.http.post(`/api/v1${path}`).set(who.auth).send(body).expect(200);
    await moderate(`/recommendations/${hidden.id}/hide`, { reason: 'r' });
    await moderate(`/comments/${hiddenComment.id}/hide`, { reason: 'r' });
    await moderate(`/recommendations/${merged.id}/merge`, { intoId: kept.id });
    await moderate(`/recommendations/${withdrawn.id}/withdraw`, {}, b);
    await moderate(`/participants/${erased.id}/erase`, {}, s.admin);

    const replay = async (who: SignedIn) => {
      const socket = await live(who.token);
      const ack = await socket.emitWithAck('session:sync', { sessionId, sinceSeq: 0 });
      if (!ack.ok || ack.data.kind !== 'events') throw new Error(JSON.stringify(ack));
      return ack.data.events;
    };
    for (const who of [s.observer, s.delegates[1]]) {
      const events = await replay(who);
      const text = JSON.stringify(events);
      for (const secret of [
        'Hidden title',
        'Hidden body',
        'Hidden comment',
        'On a hidden recommendation',
        'Erin Erasable',
      ])
        expect(text).not.toContain(secret);
      const statusOf = (id: string) =>
        events.flatMap((e) =>
          e.name === 'recommendation:created' || e.name === 'recommendation:updated'
            ? e.payload.recommendation.id === id
              ? [e.payload.recommendation.status]
              : []
            : [],
        );
      expect(new Set(statusOf(merged.id))).toEqual(new Set(['merged']));
      expect(new Set(statusOf(withdrawn.id))).toEqual(new Set(['withdrawn']));
      // Numbers stay consecutive: the client sees no gap.
      expect(events.map((e) => e.payload.seq)).toEqual(events.map((_, i) => i + 1));
    }
    // The session's moderators may read hidden text over REST, and so in a replay.
    expect(JSON.stringify(await replay(s.moderator))).toContain('Hidden comment');
  });

  it('a snapshot shared at one seq carries each viewer’s own votes and no more than its rights (finding 1)', async () => {
    const sessionId = await createSession(t.http, s.admin, s.conferenceId, [s.moderator.id]);
    await transition(t.http, s.moderator, sessionId, 'open');
    const [a, b] = s.delegates;
    const shown = await submit(t.http, a, sessionId, { title: 'Shown' });
    const hidden = await submit(t.http, a, sessionId, {
      title: 'Hidden "myVote":null',
      body: 'Secret',
    });
    await vote(t.http, a, shown.id, 'support').expect(200);
    await vote(t.http, b, shown.id, 'oppose').expect(200);
    await vote(t.http, b, hidden.id, 'abstain').expect(200);
    await t.http
      .post(`/api/v1/recommendations/${hidden.id}/hide`)
      .set(s.moderator.auth)
      .send({ reason: 'r' })
      .expect(200);
    type Snapshot = {
      seq: number;
      recommendations: Array<{ id: string; title: string; myVote: string | null }>;
    };
    const join = async (who: SignedIn) => {
      const socket = await live(who.token);
      const ack = (await socket.emitWithAck('session:join', { sessionId })) as {
        ok: true;
        data: Snapshot;
      };
      expect(ack.ok).toBe(true);
      return Object.fromEntries(ack.data.recommendations.map((r) => [r.id, r]));
    };
    // Twice: the second answers come from the snapshot the first built, at the same seq.
    for (let round = 0; round < 2; round++) {
      const [ofA, ofB, ofModerator, ofObserver] = await Promise.all(
        [a, b, s.moderator, s.observer].map((who) => join(who)),
      );
      expect(ofA[shown.id].myVote).toBe('support');
      expect(ofB[shown.id].myVote).toBe('oppose');
      expect(ofB[hidden.id]).toBeUndefined();
      expect(ofObserver[shown.id].myVote).toBeNull();
      expect(ofObserver[hidden.id]).toBeUndefined();
      expect(ofModerator[hidden.id].title).toBe('Hidden "myVote":null');
      expect(ofModerator[shown.id].myVote).toBeNull();
    }
  });

  it('limits joins and syncs per participant, over all its sockets (finding 1)', async () => {
    const flooder = s.delegates[0];
    const own = await Promise.all([1, 2, 3, 4, 5].map(() => live(flooder.token)));
    const started = Date.now();
    const acks = await Promise.all(
      own.flatMap((socket, n) =>
        // 30 in all: past the joins' burst (10), within the messages' (40), so what is refused
        // is refused by the joins' budget and the message after them still has room.
        Array.from({ length: 6 }, () =>
          n % 2
            ? socket.emitWithAck('session:sync', { sessionId: s.sessionId, sinceSeq: 0 })
            : socket.emitWithAck('session:join', { sessionId: s.sessionId }),
        ),
      ),
    );
    const seconds = (Date.now() - started) / 1000;
    const answered = acks.filter((a) => a.ok).length;
    const rate = t.config.participantJoinsPerSecond;
    expect(answered).toBeGreaterThanOrEqual(rate);
    expect(answered).toBeLessThanOrEqual(Math.ceil(2 * rate + rate * seconds) + 1);
    expect(acks.filter((a) => !a.ok && a.error.status !== 429)).toEqual([]);
    // Other messages keep their own budget.
    expect(await own[0].emitWithAck('session:leave', { sessionId: s.sessionId })).toEqual({
      ok: true,
      data: null,
    });
  });
});
