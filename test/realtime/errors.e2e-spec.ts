import type { LiveSocket } from '../../src/contract/live-session';
import { RecommendationRevision } from '../../src/recommendations/recommendation-revision.entity';
import { connectLive } from '../support/live-client';
import { RECOMMENDATION, scenario, submit, transition, type Scenario } from '../support/scenario';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * One mapping from domain errors to answers (src/common/errors): the same failure gets the same
 * status and message over REST and in the socket's acknowledgement, including a unique-key
 * violation that got past a service's own checks (409 on both, where the socket used to say 500).
 */
describe('errors answer alike over REST and the live socket', () => {
  let t: TestApp;
  let s: Scenario;
  let socket: LiveSocket;

  beforeAll(async () => {
    t = await startTestApp({ listen: true });
    s = await scenario(t.http, { delegates: 1 });
    await transition(t.http, s.moderator, s.sessionId, 'open');
    socket = await connectLive(t.url, s.delegates[0].token);
  });
  afterAll(async () => {
    socket.close();
    await t.close();
  });

  const edit = (id: string, version: number) => ({ id, version, title: 'A better title' });

  async function both(id: string, version: number) {
    const ack = await socket.emitWithAck('recommendation:update', edit(id, version));
    const rest = await t.http
      .patch(`/api/v1/recommendations/${id}`)
      .set(s.delegates[0].auth)
      .send({ version, title: 'A better title' });
    return { ack, rest };
  }

  it('answers a unique-key violation with 409 on the socket as on REST, and stores nothing', async () => {
    const recommendation = await submit(t.http, s.delegates[0], s.sessionId);
    // Version 2's revision row is already there (as if another writer had got in first): the edit
    // passes every check of the service and fails on UQ_recommendation_revisions_version.
    await t.dataSource.getRepository(RecommendationRevision).insert({
      recommendationId: recommendation.id,
      version: 2,
      editorId: s.delegates[0].id,
      ...RECOMMENDATION,
      changedFields: ['title'],
    });

    const { ack, rest } = await both(recommendation.id, 1);
    expect(ack).toEqual({
      ok: false,
      error: { status: 409, code: 'ALREADY_EXISTS', message: 'This already exists' },
    });
    expect(rest.status).toBe(409);
    expect(rest.body).toEqual({
      statusCode: 409,
      message: 'This already exists',
      error: 'Conflict',
      code: 'ALREADY_EXISTS',
    });

    const stored = await t.http
      .get(`/api/v1/recommendations/${recommendation.id}`)
      .set(s.delegates[0].auth);
    expect(stored.body).toMatchObject({ version: 1, title: RECOMMENDATION.title });
  });

  it('answers a stale version with 409 and the same message on both', async () => {
    const recommendation = await submit(t.http, s.delegates[0], s.sessionId);
    const message = `Stale version 7: the recommendation is at version 1; reload it and edit again`;
    const { ack, rest } = await both(recommendation.id, 7);
    // The code and its parameters let a client say "reload and redo" in its own words.
    const stale = { field: 'version', params: { given: 7, current: 1 } };
    expect(ack).toEqual({
      ok: false,
      error: { status: 409, code: 'STALE_VERSION', message, ...stale },
    });
    expect(rest.status).toBe(409);
    expect(rest.body).toEqual({
      statusCode: 409,
      message,
      error: 'Conflict',
      code: 'STALE_VERSION',
      ...stale,
    });
  });

  it('answers an unknown id with 404 and the same message on both', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    const { ack, rest } = await both(id, 1);
    expect(rest.status).toBe(404);
    expect(ack).toEqual({
      ok: false,
      error: {
        status: 404,
        code: 'NOT_FOUND',
        message: rest.body.message,
        params: { entity: 'Recommendation', id },
      },
    });
    expect(rest.body).toEqual({
      statusCode: 404,
      message: `Recommendation ${id} not found`,
      error: 'Not Found',
      code: 'NOT_FOUND',
      params: { entity: 'Recommendation', id },
    });
  });

  it('names every refused field with the rule it broke, on both', async () => {
    const input = { title: 'x'.repeat(400), body: '', themes: ['no-such-theme'] };
    const ack = await socket.emitWithAck('recommendation:submit', {
      sessionId: s.sessionId,
      governanceLevel: 'local',
      ...input,
    });
    const rest = await t.http
      .post(`/api/v1/sessions/${s.sessionId}/recommendations`)
      .set(s.delegates[0].auth)
      .send({ governanceLevel: 'local', ...input });
    expect(rest.status).toBe(400);
    expect(rest.body).toMatchObject({ code: 'INVALID_INPUT', field: 'title' });
    const rules = (rest.body as { problems: Array<{ field: string; rule: string }> }).problems;
    expect(rules).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'title', rule: 'maxLength' }),
        expect.objectContaining({ field: 'body', rule: 'minLength' }),
      ]),
    );
    // Each problem's message is one of the messages people read.
    for (const problem of rest.body.problems as Array<{ message: string }>)
      expect(rest.body.message).toContain(problem.message);
    expect(ack).toMatchObject({ ok: false, error: { status: 400, code: 'INVALID_INPUT' } });
    if (ack.ok) throw new Error('the socket accepted bad input');
    expect(ack.error.problems).toEqual(expect.arrayContaining(rules));
  });

  it("gives Nest's own answers a code too (an unknown route)", async () => {
    const res = await t.http.get('/api/v1/no-such-route').set(s.delegates[0].auth);
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
  });
});
