import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { Recommendation } from '../../src/recommendations/recommendation.entity';
import { SessionClosing } from '../../src/sessions/session-closing.entity';
import { Vote } from '../../src/votes/vote.entity';
import type { SignedIn } from '../support/actors';
import {
  createSession,
  manyDelegates,
  scenario,
  submit,
  transition,
  vote,
  type Scenario,
} from '../support/scenario';
import { storedCounters } from '../support/stored-tallies';
import { startTestApp, type TestApp } from '../support/test-app';

/** The idempotency layer's answer to a copy arriving while the first is still running. */
const IN_PROGRESS = 'A request with this Idempotency-Key is still being processed; retry shortly';
const answer = (res: { body: { message?: unknown } }) => res.body.message;

describe('concurrency: votes and closes racing each other', () => {
  let t: TestApp;
  let s: Scenario;
  let crowd: SignedIn[];

  beforeAll(async () => {
    t = await startTestApp();
    s = await scenario(t.http, { delegates: 1 });
    crowd = await manyDelegates(t.http, s.admin, s.conferenceId, 100);
    // 200 scrypt hashes (import and sign-in): about 20 s on a busy 2-core host, over the default 30 s
    // when the other suites' servers share it (CI of a7db2f6).
  }, 120_000);
  afterAll(() => t.close());

  async function openSessionWithRecommendation(): Promise<{ sessionId: string; recId: string }> {
    const sessionId = await createSession(t.http, s.admin, s.conferenceId, [s.moderator.id]);
    await transition(t.http, s.moderator, sessionId, 'open');
    const { id } = await submit(t.http, crowd[0], sessionId);
    return { sessionId, recId: id };
  }

  const votesOn = (recommendationId: string) =>
    t.dataSource.getRepository(Vote).findBy({ recommendationId });
  const counters = (id: string) => storedCounters(t, id);

  it('50 identical votes fired at once by one delegate make one vote', async () => {
    const { recId } = await openSessionWithRecommendation();
    const responses = await Promise.all(
      Array.from({ length: 50 }, () => vote(t.http, crowd[1], recId, 'support')),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(50).fill(200));
    expect(await votesOn(recId)).toHaveLength(1);
    expect(await counters(recId)).toEqual({ support: 1, oppose: 0, abstain: 0 });
  });

  it('one delegate changing their vote 30 times at once: one vote, and an audit trail that adds up', async () => {
    const { recId } = await openSessionWithRecommendation();
    const values = ['support', 'oppose', 'abstain'] as const;
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, i) => vote(t.http, crowd[2], recId, values[i % 3])),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(30).fill(200));
    const rows = await votesOn(recId);
    expect(rows).toHaveLength(1);
    const final = rows[0].value;
    expect(await counters(recId)).toEqual({ ...{ support: 0, oppose: 0, abstain: 0 }, [final]: 1 });
    // Each change is audited with the value it replaced: the trail is one path ending at the
    // stored vote, so every value is entered as often as it is left, except the final one.
    const trail = await t.dataSource.getRepository(AuditEntry).findBy({ targetId: recId });
    const votes = trail.filter((e) => e.action.startsWith('vote.'));
    expect(votes.filter((e) => e.action === 'vote.cast')).toHaveLength(1);
    for (const value of values) {
      const entered = votes.filter((e) => e.details?.value === value).length;
      const left = votes.filter((e) => e.details?.from === value).length;
      expect({ value, net: entered - left }).toEqual({ value, net: value === final ? 1 : 0 });
    }
  });

  it('90 delegates voting at once on one recommendation: each counted once, each audited', async () => {
    // On PostgreSQL these run side by side (no lock on the recommendation's counters), and the
    // counters are recounted after: both must come to the same 30/30/30.
    const { recId } = await openSessionWithRecommendation();
    const values = ['support', 'oppose', 'abstain'] as const;
    const voters = crowd.slice(0, 90);
    const responses = await Promise.all(
      voters.map((d, i) => vote(t.http, d, recId, values[i % 3])),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(90).fill(200));
    // Each answer counts its own vote, whatever it saw of the others.
    responses.forEach((r, i) => {
      expect(r.body.myVote).toBe(values[i % 3]);
      expect(r.body.tally[values[i % 3]]).toBeGreaterThanOrEqual(1);
    });
    expect(await counters(recId)).toEqual({ support: 30, oppose: 30, abstain: 30 });
    const rows = await votesOn(recId);
    expect(rows).toHaveLength(90);
    expect(new Set(rows.map((v) => v.participantId)).size).toBe(90);
    const audited = await t.dataSource
      .getRepository(AuditEntry)
      .findBy({ targetId: recId, action: 'vote.cast' });
    expect(audited.map((e) => e.actorId).sort()).toEqual(voters.map((d) => d.id).sort());
  });

  it('100 votes racing a close: the frozen tally equals the committed votes, and nothing is counted after', async () => {
    const { sessionId, recId } = await openSessionWithRecommendation();
    const statuses: number[] = [];
    const wave = async (from: number) => {
      const res = await Promise.all(
        crowd.slice(from, from + 10).map((d) => vote(t.http, d, recId, 'support')),
      );
      statuses.push(...res.map((r) => r.status));
    };
    for (let w = 0; w < 5; w++) await wave(w * 10);
    // The close goes out together with the sixth wave: those ten votes race it.
    const [closed] = await Promise.all([
      t.http.post(`/api/v1/sessions/${sessionId}/close`).set(s.moderator.auth),
      wave(50),
    ]);
    expect(closed.status).toBe(200);
    for (let w = 6; w < 10; w++) await wave(w * 10);

    expect(statuses).toHaveLength(100);
    expect(statuses.every((status) => status === 200 || status === 409)).toBe(true);
    const accepted = statuses.filter((status) => status === 200).length;
    expect(accepted).toBeGreaterThanOrEqual(50);
    expect(accepted).toBeLessThanOrEqual(60);

    const closing = await t.dataSource.getRepository(SessionClosing).findOneByOrFail({ sessionId });
    expect(closing.tallies.find((x) => x.recommendationId === recId)?.support).toBe(accepted);
    expect(await votesOn(recId)).toHaveLength(accepted);
    expect((await counters(recId)).support).toBe(accepted);
  });

  it('two closes at once: one closes, the other gets 409, and one audit entry', async () => {
    const { sessionId } = await openSessionWithRecommendation();
    const [a, b] = await Promise.all([
      t.http.post(`/api/v1/sessions/${sessionId}/close`).set(s.moderator.auth),
      t.http.post(`/api/v1/sessions/${sessionId}/close`).set(s.admin.auth),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect(
      await t.dataSource.getRepository(AuditEntry).countBy({ action: 'session.close', sessionId }),
    ).toBe(1);
    expect(await t.dataSource.getRepository(SessionClosing).countBy({ sessionId })).toBe(1);
  });

  it('the same Idempotency-Key sent 20 times at once creates one recommendation', async () => {
    const sessionId = await createSession(t.http, s.admin, s.conferenceId, [s.moderator.id]);
    await transition(t.http, s.moderator, sessionId, 'open');
    const body = {
      title: 'Once only',
      body: 'Retried by a flaky phone connection.',
      themes: ['GCM-16'],
      governanceLevel: 'local',
    };
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        t.http
          .post(`/api/v1/sessions/${sessionId}/recommendations`)
          .set(crowd[2].auth)
          .set('Idempotency-Key', 'phone-retry-1')
          .send(body),
      ),
    );
    const created = responses.filter((r) => r.status === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(responses.filter((r) => r.status !== 201).map(answer)).toEqual(
      responses.filter((r) => r.status !== 201).map(() => IN_PROGRESS),
    );
    expect(new Set(created.map((r) => r.body.id)).size).toBe(1);
    expect(
      await t.dataSource.getRepository(Recommendation).countBy({ sessionId, title: 'Once only' }),
    ).toBe(1);
  });

  it('two copies of one request claiming the same Idempotency-Key at once: one creates, the other is told to retry shortly', async () => {
    const sessionId = await createSession(t.http, s.admin, s.conferenceId, [s.moderator.id]);
    await transition(t.http, s.moderator, sessionId, 'open');
    const body = {
      title: 'Pair',
      body: 'Sent twice at once.',
      themes: ['GCM-16'],
      governanceLevel: 'local',
    };
    // Several rounds, each with a key of its own: the two claims meet in the database in most of
    // them (on PostgreSQL, as a unique-key violation of the second insert).
    for (let round = 0; round < 10; round++) {
      const send = () =>
        t.http
          .post(`/api/v1/sessions/${sessionId}/recommendations`)
          .set(crowd[3].auth)
          .set('Idempotency-Key', `pair-${round}`)
          .send(body);
      const [a, b] = await Promise.all([send(), send()]);
      const [first, second] =
        a.headers['idempotent-replayed'] || a.status === 409 ? [b, a] : [a, b];
      expect([round, first.status, first.headers['idempotent-replayed']]).toEqual([
        round,
        201,
        undefined,
      ]);
      // The API's answer to a retry (API.md): the first response once it is done, or 409 while it runs.
      if (second.status === 201) {
        expect([round, second.headers['idempotent-replayed'], second.body.id]).toEqual([
          round,
          'true',
          first.body.id,
        ]);
      } else {
        expect([round, second.status, answer(second)]).toEqual([round, 409, IN_PROGRESS]);
      }
    }
    expect(
      await t.dataSource.getRepository(Recommendation).countBy({ sessionId, title: 'Pair' }),
    ).toBe(10);
  });

  it('the same Idempotency-Key claimed at once for two different requests: the second is told the key is taken', async () => {
    const sessionId = await createSession(t.http, s.admin, s.conferenceId, [s.moderator.id]);
    await transition(t.http, s.moderator, sessionId, 'open');
    for (let round = 0; round < 5; round++) {
      const send = (title: string) =>
        t.http
          .post(`/api/v1/sessions/${sessionId}/recommendations`)
          .set(crowd[4].auth)
          .set('Idempotency-Key', `clash-${round}`)
          .send({
            title,
            body: 'Same key, other body.',
            themes: ['GCM-16'],
            governanceLevel: 'local',
          });
      const responses = await Promise.all([send('One'), send('Other')]);
      expect(responses.map((r) => r.status).sort()).toEqual([201, 409]);
      expect(answer(responses.find((r) => r.status === 409)!)).toBe(
        'This Idempotency-Key was already used for a different request',
      );
    }
  });
});
