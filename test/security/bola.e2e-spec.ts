import { createAndSignIn, createConference } from '../support/actors';
import { connectLive } from '../support/live-client';
import { scenario, submit, transition, vote, type Scenario } from '../support/scenario';
import { startTestApp, type TestApp } from '../support/test-app';

/** Everything a forbidden request could have changed, as one comparable snapshot. */
async function fingerprint(t: TestApp): Promise<string> {
  const rows = await Promise.all(
    [
      'recommendations',
      'votes',
      'comments',
      'recommendation_sponsors',
      'sessions',
      'participants',
      'audit_entries',
    ].map(
      async (table) =>
        `${table}:${JSON.stringify(await t.dataSource.query(`SELECT * FROM ${table} ORDER BY id`.replace('ORDER BY id', table === 'recommendation_sponsors' ? 'ORDER BY "recommendationId", "participantId"' : 'ORDER BY id')))}`,
    ),
  );
  return rows.join('\n');
}

/**
 * Broken object-level authorization (OWASP API1): a participant using another's ids, or ids of
 * another session or conference, is refused (403 or 404) and the database does not change at all.
 */
describe('object-level authorization (BOLA)', () => {
  let t: TestApp;
  let s: Scenario;

  beforeAll(async () => {
    t = await startTestApp({ listen: true });
    s = await scenario(t.http, { delegates: 3 });
    await transition(t.http, s.moderator, s.sessionId, 'open');
  });
  afterAll(() => t.close());

  it('refuses another delegate’s recommendation, another conference’s objects, and changes nothing', async () => {
    const [alice, bob] = s.delegates;
    const mine = await submit(t.http, alice, s.sessionId, { title: 'Alice’s' });
    const comment = (
      await t.http
        .post(`/api/v1/recommendations/${mine.id}/comments`)
        .set(alice.auth)
        .send({ body: 'mine', stance: 'for' })
    ).body.id;
    const other = await createConference(t.http, s.admin);
    const stranger = await createAndSignIn(t.http, s.admin, { conferenceId: other.id });
    const strangerModerator = await createAndSignIn(t.http, s.admin, {
      conferenceId: other.id,
      role: 'moderator',
    });
    const before = await fingerprint(t);

    const attempts: Array<[string, () => Promise<{ status: number }>, number[]]> = [
      [
        'bob edits alice’s',
        () =>
          t.http
            .patch(`/api/v1/recommendations/${mine.id}`)
            .set(bob.auth)
            .send({ version: 1, title: 'Bob’s now' }),
        [403],
      ],
      [
        'bob withdraws alice’s',
        () => t.http.post(`/api/v1/recommendations/${mine.id}/withdraw`).set(bob.auth),
        [403],
      ],
      [
        'bob hides alice’s comment',
        () => t.http.post(`/api/v1/comments/${comment}/hide`).set(bob.auth).send({ reason: 'x' }),
        [403],
      ],
      ['a stranger votes', () => vote(t.http, stranger, mine.id, 'oppose'), [404]],
      [
        'a stranger comments',
        () =>
          t.http
            .post(`/api/v1/recommendations/${mine.id}/comments`)
            .set(stranger.auth)
            .send({ body: 'x', stance: 'against' }),
        [404],
      ],
      [
        'a stranger submits',
        () =>
          t.http
            .post(`/api/v1/sessions/${s.sessionId}/recommendations`)
            .set(stranger.auth)
            .send({ title: 'x', body: 'x', themes: ['GCM-1'], governanceLevel: 'local' }),
        [404],
      ],
      [
        'a stranger co-sponsors',
        () => t.http.post(`/api/v1/recommendations/${mine.id}/co-sponsor`).set(stranger.auth),
        [404],
      ],
      [
        'another conference’s moderator closes',
        () => t.http.post(`/api/v1/sessions/${s.sessionId}/close`).set(strangerModerator.auth),
        [404],
      ],
      [
        'another conference’s moderator hides',
        () =>
          t.http
            .post(`/api/v1/recommendations/${mine.id}/hide`)
            .set(strangerModerator.auth)
            .send({ reason: 'x' }),
        [404],
      ],
      [
        'a stranger reads the session',
        () => t.http.get(`/api/v1/sessions/${s.sessionId}/recommendations`).set(stranger.auth),
        [404],
      ],
      [
        'a stranger reads the comments',
        () => t.http.get(`/api/v1/recommendations/${mine.id}/comments`).set(stranger.auth),
        [404],
      ],
      [
        'a stranger reads alice',
        () => t.http.get(`/api/v1/participants/${alice.id}`).set(stranger.auth),
        [404],
      ],
    ];
    for (const [what, attempt, expected] of attempts) {
      const { status } = await attempt();
      expect([what, expected.includes(status) ? 'refused' : status]).toEqual([what, 'refused']);
    }
    expect(await fingerprint(t)).toBe(before);
  });

  it('takes a demoted delegate’s voting rights on an open socket at once', async () => {
    const rec = await submit(t.http, s.delegates[0], s.sessionId, { title: 'Demotion' });
    const demoted = s.delegates[2];
    const socket = await connectLive(t.url, demoted.token);
    const first = await socket.emitWithAck('vote:cast', {
      recommendationId: rec.id,
      value: 'support',
    });
    expect(first).toMatchObject({ ok: true });
    await t.http
      .patch(`/api/v1/participants/${demoted.id}`)
      .set(s.admin.auth)
      .send({ role: 'observer' });
    const started = Date.now();
    const refused = await socket.emitWithAck('vote:cast', {
      recommendationId: rec.id,
      value: 'oppose',
    });
    expect(refused).toMatchObject({ ok: false, error: { status: 403 } });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(
      (
        await t.http
          .put(`/api/v1/recommendations/${rec.id}/vote`)
          .set(demoted.auth)
          .send({ value: 'oppose' })
      ).status,
    ).toBe(403);
    socket.close();
  });
});
