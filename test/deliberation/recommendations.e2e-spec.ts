import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { Recommendation } from '../../src/recommendations/recommendation.entity';
import { Vote } from '../../src/votes/vote.entity';
import { createAndSignIn } from '../support/actors';
import { connectLive } from '../support/live-client';
import { scenario, submit, transition, vote, type Scenario } from '../support/scenario';
import { settleTallies } from '../support/stored-tallies';
import { startTestApp, type TestApp } from '../support/test-app';

describe('recommendations: withdraw, co-sponsor, merge, hide, sort and idempotency', () => {
  let t: TestApp;
  let s: Scenario;
  const api = (path: string) => `/api/v1${path}`;

  beforeAll(async () => {
    t = await startTestApp({ listen: true });
    s = await scenario(t.http, { delegates: 8 });
    await transition(t.http, s.moderator, s.sessionId, 'open');
  });
  afterAll(() => t.close());

  const [d0, d1, d2, d3, d4, d5, d6, d7] = Array.from(
    { length: 8 },
    (_, i) => () => s.delegates[i],
  );

  it('lets only the author withdraw; a withdrawn recommendation takes no votes and leaves the default list', async () => {
    const { id } = await submit(t.http, d0(), s.sessionId, { title: 'To be withdrawn' });
    expect((await t.http.post(api(`/recommendations/${id}/withdraw`)).set(d1().auth)).status).toBe(
      403,
    );
    const res = await t.http.post(api(`/recommendations/${id}/withdraw`)).set(d0().auth);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('withdrawn');
    expect((await vote(t.http, d1(), id, 'support')).status).toBe(409);
    const list = await t.http.get(api(`/sessions/${s.sessionId}/recommendations`)).set(d1().auth);
    expect(list.body.map((r: { id: string }) => r.id)).not.toContain(id);
    const withdrawn = await t.http
      .get(api(`/sessions/${s.sessionId}/recommendations?status=withdrawn`))
      .set(d1().auth);
    expect(withdrawn.body.map((r: { id: string }) => r.id)).toEqual([id]);
  });

  it('adds co-sponsors once each', async () => {
    const { id } = await submit(t.http, d0(), s.sessionId, { title: 'Co-sponsored' });
    await t.http.post(api(`/recommendations/${id}/co-sponsor`)).set(d1().auth);
    const again = await t.http.post(api(`/recommendations/${id}/co-sponsor`)).set(d1().auth);
    expect(again.status).toBe(200);
    expect(again.body.sponsors.map((p: { id: string }) => p.id)).toEqual([d0().id, d1().id]);
    expect(
      (await t.http.post(api(`/recommendations/${id}/co-sponsor`)).set(s.moderator.auth)).status,
    ).toBe(403);
  });

  it('merges a duplicate: sponsors join the target, support votes carry over to those who had not voted there, nothing is lost', async () => {
    const target = await submit(t.http, d0(), s.sessionId, {
      title: 'Firewall between services and immigration enforcement',
    });
    const duplicate = await submit(t.http, d1(), s.sessionId, {
      title: 'Firewalls for service providers',
    });
    await t.http.post(api(`/recommendations/${duplicate.id}/co-sponsor`)).set(d2().auth);
    await vote(t.http, d3(), duplicate.id, 'support'); // carried over
    await vote(t.http, d4(), duplicate.id, 'support'); // already voted oppose on the target: kept there
    await vote(t.http, d4(), target.id, 'oppose');
    await vote(t.http, d5(), duplicate.id, 'oppose'); // not carried: opposing one wording says nothing of another
    await vote(t.http, d6(), target.id, 'support');

    expect(
      (
        await t.http
          .post(api(`/recommendations/${duplicate.id}/merge`))
          .set(d0().auth)
          .send({ intoId: target.id })
      ).status,
    ).toBe(403);
    const merged = await t.http
      .post(api(`/recommendations/${duplicate.id}/merge`))
      .set(s.moderator.auth)
      .send({ intoId: target.id });
    expect(merged.status).toBe(200);
    expect(merged.body).toMatchObject({ status: 'merged', mergedIntoId: target.id });

    const after = await t.http.get(api(`/recommendations/${target.id}`)).set(d3().auth);
    expect(after.body.sponsors.map((p: { id: string }) => p.id).sort()).toEqual(
      [d0().id, d1().id, d2().id].sort(),
    );
    expect(after.body.tally).toEqual({ support: 2, oppose: 1, abstain: 0 });
    expect(after.body.myVote).toBe('support');

    // The duplicate keeps its own votes, frozen, for the record.
    expect(await t.dataSource.getRepository(Vote).countBy({ recommendationId: duplicate.id })).toBe(
      3,
    );
    expect((await vote(t.http, d7(), duplicate.id, 'support')).status).toBe(409);
    const audit = await t.dataSource
      .getRepository(AuditEntry)
      .findOneByOrFail({ action: 'recommendation.merge', targetId: duplicate.id });
    expect(audit.details).toMatchObject({
      intoId: target.id,
      supportVotesCarried: 1,
      votesNotCarried: 2,
    });

    // A carried vote is a normal vote: its owner can change it.
    expect((await vote(t.http, d3(), target.id, 'abstain')).body.tally).toEqual({
      support: 1,
      oppose: 1,
      abstain: 1,
    });
  });

  it('refuses merging into itself, into another session, or a merged one', async () => {
    const a = await submit(t.http, d0(), s.sessionId, { title: 'A' });
    expect(
      (
        await t.http
          .post(api(`/recommendations/${a.id}/merge`))
          .set(s.moderator.auth)
          .send({ intoId: a.id })
      ).status,
    ).toBe(400);
    const other = await t.http
      .post(api(`/recommendations/${a.id}/merge`))
      .set(s.moderator.auth)
      .send({ intoId: '00000000-0000-4000-8000-000000000000' });
    expect(other.status).toBe(400);
    expect(other.body.message[0]).toMatch(/^intoId/);
  });

  it('hides a recommendation with a reason: gone for delegates (404), kept with its reason for moderators', async () => {
    const { id } = await submit(t.http, d0(), s.sessionId, { title: 'Offensive title' });
    expect(
      (
        await t.http
          .post(api(`/recommendations/${id}/hide`))
          .set(s.moderator.auth)
          .send({})
      ).status,
    ).toBe(400);
    const hidden = await t.http
      .post(api(`/recommendations/${id}/hide`))
      .set(s.moderator.auth)
      .send({ reason: 'Hate speech' });
    expect(hidden.status).toBe(200);
    expect(hidden.body).toMatchObject({
      status: 'hidden',
      hiddenReason: 'Hate speech',
      title: 'Offensive title',
    });
    expect((await t.http.get(api(`/recommendations/${id}`)).set(d1().auth)).status).toBe(404);
    expect((await t.http.get(api(`/recommendations/${id}`)).set(d0().auth)).status).toBe(404);
    const delegateList = await t.http
      .get(api(`/sessions/${s.sessionId}/recommendations?status=hidden`))
      .set(d1().auth);
    expect(delegateList.body).toEqual([]);
    const moderatorList = await t.http
      .get(api(`/sessions/${s.sessionId}/recommendations?status=hidden`))
      .set(s.moderator.auth);
    expect(moderatorList.body.map((r: { id: string }) => r.id)).toEqual([id]);
    expect((await vote(t.http, d1(), id, 'support')).status).toBe(404);
  });

  it('answers a socket vote on a hidden recommendation as its reads do: 404 to whoever may not see it, 403 to its moderators', async () => {
    // Over REST the route admits delegates only; the socket's handler leaves every rule to the service.
    const { id } = await submit(t.http, d0(), s.sessionId, { title: 'Hidden, then voted on' });
    await t.http
      .post(api(`/recommendations/${id}/hide`))
      .set(s.moderator.auth)
      .send({ reason: 'Off topic' })
      .expect(200);
    const elsewhere = await createAndSignIn(t.http, s.admin, {
      role: 'moderator',
      conferenceId: s.conferenceId,
      name: 'Moderator of another session',
    });
    expect((await t.http.get(api(`/recommendations/${id}`)).set(elsewhere.auth)).status).toBe(404);
    const statusOf = async (token: string) => {
      const socket = await connectLive(t.url, token);
      try {
        const ack = await socket.emitWithAck('vote:cast', {
          recommendationId: id,
          value: 'support',
        });
        return ack.ok ? 200 : ack.error.status;
      } finally {
        socket.disconnect();
      }
    };
    expect(await statusOf(elsewhere.token)).toBe(404);
    expect(await statusOf(d1().token)).toBe(404);
    expect(await statusOf(s.moderator.token)).toBe(403);
    expect(await statusOf(s.admin.token)).toBe(403);
  });

  it('sorts by top, new, broad consensus and contested', async () => {
    const session = await t.http
      .post(api(`/conferences/${s.conferenceId}/sessions`))
      .set(s.admin.auth)
      .send({
        title: 'Sorting workshop',
        kind: 'parallel_workshop',
        startsAt: '2017-11-16T12:45:00Z',
        endsAt: '2017-11-16T14:45:00Z',
        moderatorIds: [s.moderator.id],
      });
    const sessionId: string = session.body.id;
    await transition(t.http, s.moderator, sessionId, 'open');
    const popular = await submit(t.http, d0(), sessionId, { title: 'popular' });
    const divided = await submit(t.http, d0(), sessionId, { title: 'divided' });
    await submit(t.http, d0(), sessionId, { title: 'newest' });
    for (const d of s.delegates.slice(0, 6)) await vote(t.http, d, popular.id, 'support');
    for (const [i, d] of s.delegates.entries())
      await vote(t.http, d, divided.id, i % 2 ? 'oppose' : 'support');
    // The orders by tally read the stored counters, which on PostgreSQL the next broadcast
    // interval settles (docs/API.md: they may trail by one interval); settle them as it would.
    await settleTallies(t, sessionId);

    const order = async (sort: string) =>
      (
        await t.http.get(api(`/sessions/${sessionId}/recommendations?sort=${sort}`)).set(d1().auth)
      ).body.map((r: { title: string }) => r.title);
    expect(await order('top')).toEqual(['popular', 'divided', 'newest']);
    expect(await order('new')).toEqual(['newest', 'divided', 'popular']);
    expect(await order('contested')).toEqual(['divided', 'popular', 'newest']);
    expect((await order('consensus'))[2]).toBe('newest');
    const list = await t.http.get(api(`/sessions/${sessionId}/recommendations`)).set(d1().auth);
    expect(list.body.find((r: { title: string }) => r.title === 'divided').consensus).toBe(
      'contested',
    );
    expect(
      (await t.http.get(api(`/sessions/${sessionId}/recommendations?sort=best`)).set(d1().auth))
        .status,
    ).toBe(400);
    expect(
      (await t.http.get(api(`/sessions/${sessionId}/recommendations?limit=501`)).set(d1().auth))
        .status,
    ).toBe(400);
    const support = await t.http.get(api(`/recommendations/${popular.id}/support`)).set(d1().auth);
    expect(support.status).toBe(200);
    expect(support.body.reduce((n: number, c: { votes: number }) => n + c.votes, 0)).toBe(6);
  });

  it('replays the first response for a retried Idempotency-Key and refuses the key for another body', async () => {
    const body = {
      title: 'Idempotent',
      body: 'Sent twice',
      themes: ['GCM-16'],
      governanceLevel: 'local',
    };
    const first = await t.http
      .post(api(`/sessions/${s.sessionId}/recommendations`))
      .set(d0().auth)
      .set('Idempotency-Key', 'k-1')
      .send(body);
    const retry = await t.http
      .post(api(`/sessions/${s.sessionId}/recommendations`))
      .set(d0().auth)
      .set('Idempotency-Key', 'k-1')
      .send(body);
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.body.id).toBe(first.body.id);
    const other = await t.http
      .post(api(`/sessions/${s.sessionId}/recommendations`))
      .set(d0().auth)
      .set('Idempotency-Key', 'k-1')
      .send({ ...body, title: 'Else' });
    expect(other.status).toBe(409);
    // Keys are per participant: another delegate's k-1 is their own.
    const theirs = await t.http
      .post(api(`/sessions/${s.sessionId}/recommendations`))
      .set(d1().auth)
      .set('Idempotency-Key', 'k-1')
      .send(body);
    expect(theirs.status).toBe(201);
    expect(theirs.body.id).not.toBe(first.body.id);
    expect(await t.dataSource.getRepository(Recommendation).countBy({ title: 'Idempotent' })).toBe(
      2,
    );
    expect(
      (
        await t.http
          .post(api(`/sessions/${s.sessionId}/recommendations`))
          .set(d0().auth)
          .set('Idempotency-Key', 'é'.repeat(3))
          .send(body)
      ).status,
    ).toBe(400);
  });
});
