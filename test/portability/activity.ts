import type TestAgent from 'supertest/lib/agent';
import type { SignedIn } from '../support/actors';
import { scenario, submit, transition, vote, type Scenario } from '../support/scenario';

export interface Activity extends Scenario {
  /** Recommendation ids by role in the story. */
  recommendations: { edited: string; target: string; duplicate: string; hidden: string };
}

async function ok(
  promise: PromiseLike<{ status: number; body: unknown }>,
  what: string,
): Promise<{ id?: string }> {
  const res = await promise;
  if (res.status >= 300) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id?: string };
}

/**
 * A conference that used every kind of record: an edited and co-sponsored recommendation, a
 * merge, a hidden recommendation, a reply and a hidden comment, votes, a close with its
 * closing record, a disposition and a compiled outcome document.
 */
export async function conferenceWithActivity(http: TestAgent): Promise<Activity> {
  const s = await scenario(http, { delegates: 4 });
  const [d0, d1, d2, d3] = s.delegates;
  const as = (who: SignedIn) => who.auth;
  await transition(http, s.moderator, s.sessionId, 'open');
  const edited = (await submit(http, d0, s.sessionId, { title: 'Access to services' })).id;
  const target = (await submit(http, d1, s.sessionId, { title: 'Local inclusion plans' })).id;
  const duplicate = (await submit(http, d2, s.sessionId, { title: 'Inclusion plans' })).id;
  const hidden = (await submit(http, d3, s.sessionId, { title: 'Off topic' })).id;

  await ok(
    http
      .patch(`/api/v1/recommendations/${edited}`)
      .set(as(d0))
      .send({ version: 1, title: 'Access to basic services' }),
    'edit',
  );
  await ok(http.post(`/api/v1/recommendations/${edited}/co-sponsor`).set(as(d1)), 'co-sponsor');
  const comment = await ok(
    http
      .post(`/api/v1/recommendations/${edited}/comments`)
      .set(as(d1))
      .send({ body: 'Strongly agree.', stance: 'for' }),
    'comment',
  );
  await ok(
    http
      .post(`/api/v1/recommendations/${edited}/comments`)
      .set(as(d0))
      .send({ body: 'Thank you.', stance: 'neutral', parentId: comment.id }),
    'reply',
  );
  const rude = await ok(
    http
      .post(`/api/v1/recommendations/${target}/comments`)
      .set(as(d3))
      .send({ body: 'Rude remark', stance: 'against' }),
    'comment',
  );
  await ok(
    http.post(`/api/v1/comments/${rude.id}/hide`).set(as(s.moderator)).send({ reason: 'Abusive' }),
    'hide comment',
  );
  const values = ['support', 'support', 'oppose', 'abstain'] as const;
  for (const [i, d] of s.delegates.entries()) {
    await ok(vote(http, d, edited, values[i]), 'vote');
    await ok(vote(http, d, duplicate, 'support'), 'vote');
  }
  await ok(vote(http, d0, target, 'oppose'), 'vote');
  await ok(vote(http, d0, target, 'support'), 'vote change');
  await ok(
    http
      .post(`/api/v1/recommendations/${duplicate}/merge`)
      .set(as(s.moderator))
      .send({ intoId: target }),
    'merge',
  );
  await ok(
    http
      .post(`/api/v1/recommendations/${hidden}/hide`)
      .set(as(s.moderator))
      .send({ reason: 'Off topic' }),
    'hide',
  );
  await transition(http, s.moderator, s.sessionId, 'close');
  await ok(
    http
      .put(`/api/v1/recommendations/${edited}/disposition`)
      .set(as(s.moderator))
      .send({ disposition: 'noted', note: 'Close vote' }),
    'disposition',
  );
  await ok(
    http.post(`/api/v1/conferences/${s.conferenceId}/reports`).set(as(s.admin)).send({}),
    'compile',
  );
  return { ...s, recommendations: { edited, target, duplicate, hidden } };
}
