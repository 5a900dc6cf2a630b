import { scenario, submit, transition, type Scenario } from '../support/scenario';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * A phone resends a vote whose answer it never got (issue 19): the vote routes honour
 * Idempotency-Key, so a replay after the session closed gets the first answer rather than a
 * refusal of a vote that was in fact stored; a vote that never arrived is refused with the reason.
 */
describe('votes replayed with an Idempotency-Key', () => {
  let t: TestApp;
  let s: Scenario;
  let recId: string;

  beforeAll(async () => {
    t = await startTestApp();
    s = await scenario(t.http, { delegates: 3 });
    await transition(t.http, s.moderator, s.sessionId, 'open');
    recId = (await submit(t.http, s.delegates[0], s.sessionId)).id;
  });
  afterAll(() => t.close());

  const put = (delegate: number, key: string, value: string) =>
    t.http
      .put(`/api/v1/recommendations/${recId}/vote`)
      .set(s.delegates[delegate].auth)
      .set('Idempotency-Key', key)
      .send({ value });

  it('sets the vote however often it is sent, and a replay of a stored vote survives the close', async () => {
    const first = await put(1, 'vote-1', 'support');
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ myVote: 'support', tally: { support: 1 } });
    // The same intent sent again (the answer was lost): same answer, still one vote.
    const again = await put(1, 'vote-1', 'support');
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ myVote: 'support', tally: { support: 1 } });
    // Pressed again as a new intent: still Support, never withdrawn.
    expect((await put(1, 'vote-2', 'support')).body).toMatchObject({
      myVote: 'support',
      tally: { support: 1 },
    });

    await transition(t.http, s.moderator, s.sessionId, 'close');
    const replay = await put(1, 'vote-2', 'support');
    expect(replay.status).toBe(200);
    expect(replay.header['idempotent-replayed']).toBe('true');

    // An intent that never reached the server before the close is refused, with the reason.
    const late = await put(2, 'vote-3', 'oppose');
    expect(late.status).toBe(409);
    expect(late.body.message).toMatch(/Voting is not open/);
    const withdrawal = await t.http
      .delete(`/api/v1/recommendations/${recId}/vote`)
      .set(s.delegates[1].auth)
      .set('Idempotency-Key', 'vote-4');
    expect(withdrawal.status).toBe(409);
    const rec = await t.http.get(`/api/v1/recommendations/${recId}`).set(s.delegates[1].auth);
    expect(rec.body).toMatchObject({ myVote: 'support', tally: { support: 1, oppose: 0 } });
  });
});
