import fc from 'fast-check';
import { SessionClosing } from '../../src/sessions/session-closing.entity';
import { Vote } from '../../src/votes/vote.entity';
import {
  createSession,
  scenario,
  submit,
  transition,
  vote,
  type Scenario,
} from '../support/scenario';
import { storedCounters } from '../support/stored-tallies';
import { startTestApp, type TestApp } from '../support/test-app';

type Value = 'support' | 'oppose' | 'abstain';
type Command =
  | { kind: 'vote'; d: number; r: number; value: Value }
  | { kind: 'withdraw'; d: number; r: number }
  | { kind: 'close' };

const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('vote' as const),
      d: fc.nat(3),
      r: fc.nat(1),
      value: fc.constantFrom<Value>('support', 'oppose', 'abstain'),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('withdraw' as const), d: fc.nat(3), r: fc.nat(1) }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'close' as const }) },
);

describe('votes, property-based: any sequence of vote / change / withdraw / close', () => {
  let t: TestApp;
  let s: Scenario;

  beforeAll(async () => {
    t = await startTestApp();
    s = await scenario(t.http, { delegates: 5 });
  });
  afterAll(() => t.close());

  it('keeps the tally equal to the vote rows, one vote per delegate, and nothing moving after close', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 25 }), async (commands) => {
        const sessionId = await createSession(t.http, s.admin, s.conferenceId, [s.moderator.id]);
        await transition(t.http, s.moderator, sessionId, 'open');
        const recs = [
          (await submit(t.http, s.delegates[4], sessionId)).id,
          (await submit(t.http, s.delegates[4], sessionId)).id,
        ];
        const model = new Map<string, Value>(); // `${r}:${d}` → value
        let closed = false;

        for (const c of commands) {
          if (c.kind === 'close') {
            const res = await t.http
              .post(`/api/v1/sessions/${sessionId}/close`)
              .set(s.moderator.auth);
            expect(res.status).toBe(closed ? 409 : 200);
            closed = true;
            continue;
          }
          const delegate = s.delegates[c.d];
          const res =
            c.kind === 'vote'
              ? await vote(t.http, delegate, recs[c.r], c.value)
              : await t.http.delete(`/api/v1/recommendations/${recs[c.r]}/vote`).set(delegate.auth);
          if (closed) {
            expect(res.status).toBe(409);
            continue;
          }
          expect(res.status).toBe(200);
          if (c.kind === 'vote') model.set(`${c.r}:${c.d}`, c.value);
          else model.delete(`${c.r}:${c.d}`);
          expect(res.body.myVote).toBe(model.get(`${c.r}:${c.d}`) ?? null);
        }

        for (const [r, recommendationId] of recs.entries()) {
          const rows = await t.dataSource.getRepository(Vote).findBy({ recommendationId });
          const expected = [...model.entries()].filter(([k]) => k.startsWith(`${r}:`));
          expect(rows).toHaveLength(expected.length);
          expect(new Set(rows.map((v) => v.participantId)).size).toBe(rows.length);
          const count = (value: Value) => rows.filter((v) => v.value === value).length;
          expect(await storedCounters(t, recommendationId)).toEqual({
            support: count('support'),
            oppose: count('oppose'),
            abstain: count('abstain'),
          });
          if (closed) {
            const closing = await t.dataSource
              .getRepository(SessionClosing)
              .findOneByOrFail({ sessionId });
            expect(
              closing.tallies.find((x) => x.recommendationId === recommendationId),
            ).toMatchObject({
              support: count('support'),
              oppose: count('oppose'),
              abstain: count('abstain'),
            });
          }
        }
      }),
      { numRuns: 25 },
    );
    // 25 sessions of up to 25 requests each: 17 s on PostgreSQL on a quiet 2-core machine, 43 s
    // with other suites running beside it.
  }, 120_000);
});
