import fc from 'fast-check';
import { LiveSession } from '../../src/contract/live-session';
import { Recommendation } from '../../src/recommendations/recommendation.entity';
import type { SignedIn } from '../support/actors';
import { signInAdmin } from '../support/actors';
import { connectLive } from '../support/live-client';
import { scenario, submit, transition, type Scenario } from '../support/scenario';
import { settleTallies } from '../support/stored-tallies';
import { startTestApp, type TestApp } from '../support/test-app';

/** Row counts of every table a write can touch: "nothing stored" means none of them moved. */
async function counts(t: TestApp): Promise<Record<string, number>> {
  const tables = [
    'participants',
    'conferences',
    'sessions',
    'session_moderators',
    'recommendations',
    'recommendation_sponsors',
    'recommendation_revisions',
    'comments',
    'votes',
    'audit_entries',
    'session_events',
    'idempotency_keys',
  ];
  const out: Record<string, number> = {};
  for (const table of tables)
    out[table] = Number((await t.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
  return out;
}

/**
 * Resolves once a screen in the room shows the database's tallies. An accepted vote's tally is
 * broadcast after the response, coalesced by the TallyBroadcaster (at most one per interval),
 * and stored then as a `tally:updated` session event: without this wait it lands inside a later
 * refused request's before/after counts, as if that request had written it. The event is sent
 * after its transaction commits, so once the screen shows the stored counters the row is there.
 */
async function talliesBroadcast(t: TestApp, screen: LiveSession, sessionId: string): Promise<void> {
  // On PostgreSQL the counters are stored by that broadcast: settle them first, so that the
  // wait is for the final counters and not for ones a pending broadcast is about to rewrite.
  await settleTallies(t, sessionId);
  const stored = await t.dataSource.getRepository(Recommendation).findBy({ sessionId });
  await screen.until((state) =>
    stored.every((r) => {
      const shown = state.recommendations.get(r.id)?.tally ?? { support: 0, oppose: 0, abstain: 0 };
      return (
        shown.support === r.supportCount &&
        shown.oppose === r.opposeCount &&
        shown.abstain === r.abstainCount
      );
    }),
  );
}

interface WriteRoute {
  name: string;
  method: 'post' | 'put' | 'patch';
  url: () => string;
  who: () => SignedIn;
  valid: () => Record<string, unknown>;
}

describe('bad input on every write: 400, never a 5xx, nothing stored', () => {
  let t: TestApp;
  let s: Scenario;
  let screen: LiveSession;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp({ listen: true, env: { THROTTLE_PER_MINUTE: '100000' } });
    s = await scenario(t.http, { delegates: 2 });
    await transition(t.http, s.moderator, s.sessionId, 'open');
    ids.rec = (await submit(t.http, s.delegates[0], s.sessionId)).id;
    ids.other = (await submit(t.http, s.delegates[0], s.sessionId, { title: 'other' })).id;
    ids.comment = (
      await t.http
        .post(`/api/v1/recommendations/${ids.rec}/comments`)
        .set(s.delegates[1].auth)
        .send({ body: 'c', stance: 'for' })
    ).body.id;
    screen = new LiveSession(await connectLive(t.url, s.moderator.token), s.sessionId);
    await screen.join();
  });
  afterAll(async () => {
    screen.socket.close();
    await t.close();
  });

  const routes = (): WriteRoute[] => [
    {
      name: 'create participant',
      method: 'post',
      url: () => '/participants',
      who: () => s.admin,
      valid: () => ({
        name: 'N',
        email: `f${Date.now()}@agora.test`,
        organisation: 'O',
        constituency: 'academia',
        country: 'BE',
        role: 'delegate',
      }),
    },
    {
      name: 'update participant',
      method: 'patch',
      url: () => `/participants/${s.delegates[1].id}`,
      who: () => s.admin,
      valid: () => ({ city: 'Ghent' }),
    },
    {
      name: 'create conference',
      method: 'post',
      url: () => '/conferences',
      who: () => s.admin,
      valid: () => ({
        title: 'C',
        city: 'X',
        country: 'BE',
        startsOn: '2018-01-01',
        endsOn: '2018-01-02',
        framework: 'gcm-objectives',
        languages: ['en'],
      }),
    },
    {
      name: 'update conference',
      method: 'patch',
      url: () => `/conferences/${s.conferenceId}`,
      who: () => s.admin,
      valid: () => ({ city: 'Mechelen' }),
    },
    {
      name: 'create session',
      method: 'post',
      url: () => `/conferences/${s.conferenceId}/sessions`,
      who: () => s.admin,
      valid: () => ({
        title: 'S',
        kind: 'plenary',
        startsAt: '2017-11-16T08:00:00Z',
        endsAt: '2017-11-16T09:00:00Z',
      }),
    },
    {
      name: 'update session',
      method: 'patch',
      url: () => `/sessions/${s.sessionId}`,
      who: () => s.admin,
      valid: () => ({ room: 'B' }),
    },
    {
      name: 'set moderators',
      method: 'put',
      url: () => `/sessions/${s.sessionId}/moderators`,
      who: () => s.admin,
      valid: () => ({ participantIds: [s.moderator.id] }),
    },
    {
      name: 'summary',
      method: 'put',
      url: () => `/sessions/${s.sessionId}/summary`,
      who: () => s.moderator,
      valid: () => ({ text: 'Summary' }),
    },
    {
      name: 'submit',
      method: 'post',
      url: () => `/sessions/${s.sessionId}/recommendations`,
      who: () => s.delegates[0],
      valid: () => ({ title: 'T', body: 'B', themes: ['GCM-1'], governanceLevel: 'local' }),
    },
    {
      name: 'edit',
      method: 'patch',
      url: () => `/recommendations/${ids.rec}`,
      who: () => s.delegates[0],
      valid: () => ({ version: 1, title: 'New' }),
    },
    {
      name: 'merge',
      method: 'post',
      url: () => `/recommendations/${ids.other}/merge`,
      who: () => s.moderator,
      valid: () => ({ intoId: ids.rec }),
    },
    {
      name: 'hide',
      method: 'post',
      url: () => `/recommendations/${ids.other}/hide`,
      who: () => s.moderator,
      valid: () => ({ reason: 'r' }),
    },
    {
      name: 'disposition',
      method: 'put',
      url: () => `/recommendations/${ids.rec}/disposition`,
      who: () => s.moderator,
      valid: () => ({ disposition: 'adopted' }),
    },
    {
      name: 'vote',
      method: 'put',
      url: () => `/recommendations/${ids.rec}/vote`,
      who: () => s.delegates[1],
      valid: () => ({ value: 'support' }),
    },
    {
      name: 'comment',
      method: 'post',
      url: () => `/recommendations/${ids.rec}/comments`,
      who: () => s.delegates[1],
      valid: () => ({ body: 'x', stance: 'for' }),
    },
    {
      name: 'hide comment',
      method: 'post',
      url: () => `/comments/${ids.comment}/hide`,
      who: () => s.moderator,
      valid: () => ({ reason: 'r' }),
    },
    {
      name: 'sign in',
      method: 'post',
      url: () => '/auth/login',
      who: () => s.delegates[1],
      valid: () => ({ email: s.delegates[1].email, password: 'x' }),
    },
  ];

  it('refuses an extra field on every write (mass assignment) and stores nothing', async () => {
    for (const route of routes()) {
      const before = await counts(t);
      const extras: Array<Record<string, unknown>> = [
        { id: '00000000-0000-4000-8000-000000000000' },
        { secretHash: 'x', isAdmin: true },
        { supportCount: 999, conferenceVersion: 2 },
        { constructor: 'x' },
        JSON.parse('{"__proto__": {"admin": true}}') as Record<string, unknown>,
      ];
      for (const extra of extras) {
        const res = await t.http[route.method](`/api/v1${route.url()}`)
          .set(route.who().auth)
          .send({ ...route.valid(), ...extra });
        expect([route.name, res.status]).toEqual([route.name, 400]);
      }
      expect([route.name, await counts(t)]).toEqual([route.name, before]);
    }
  });

  it('survives random bodies on every write (fast-check): never a 5xx, nothing stored on a 4xx', async () => {
    const anything = fc.oneof(
      fc.constant(null),
      fc.boolean(),
      fc.double(),
      fc.integer(),
      fc.string({ maxLength: 40 }),
      fc.string({ minLength: 5000, maxLength: 12000 }),
      fc.array(fc.string({ maxLength: 10 }), { maxLength: 8 }),
      fc.constantFrom(
        'GCM-1',
        'support',
        'local',
        'open',
        '00000000-0000-4000-8000-000000000000',
        '<script>alert(1)</script>',
        '=cmd|calc',
        "'; DROP TABLE votes; --",
      ),
      fc.object({ maxDepth: 2 }),
    );
    for (const route of routes()) {
      const fields = Object.keys(route.valid());
      // Start from a valid body and corrupt some of its fields (or the whole body).
      const body = fc.oneof(
        fc.record(Object.fromEntries(fields.map((f) => [f, anything])), { requiredKeys: [] }),
        fc.dictionary(fc.string({ maxLength: 12 }), anything, { maxKeys: 5 }),
        fc.array(anything, { maxLength: 3 }),
      );
      await fc.assert(
        fc.asyncProperty(body, async (payload) => {
          const before = await counts(t);
          const res = await t.http[route.method](`/api/v1${route.url()}`)
            .set(route.who().auth)
            .send(payload);
          expect(res.status).toBeLessThan(500);
          // An accepted vote's tally event is written later: let it land before the next "before".
          if (res.status < 400) await talliesBroadcast(t, screen, s.sessionId);
          if (res.status >= 400) {
            const after = await counts(t);
            // A refused sign-in writes its audit entry (auth.login_failed): that is the only allowed change.
            if (route.name === 'sign in') {
              delete after.audit_entries;
              delete before.audit_entries;
            }
            expect(after).toEqual(before);
          }
        }),
        { numRuns: 25 },
      );
    }
  });

  it('survives random socket payloads for every message: error acks, never a crash', async () => {
    const listening = await startTestApp({
      listen: true,
      env: { SOCKET_MESSAGES_PER_SECOND: '10000' },
    });
    try {
      const admin = await signInAdmin(listening.http);
      const socket = await connectLive(listening.url, admin.token);
      const messages = [
        'session:join',
        'session:leave',
        'session:sync',
        'recommendation:submit',
        'recommendation:update',
        'comment:add',
        'vote:cast',
        'vote:withdraw',
      ] as const;
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...messages),
          fc.anything({ maxDepth: 2 }),
          async (name, payload) => {
            const ack = (await socket.emitWithAck(name as 'session:join', payload as never)) as {
              ok: boolean;
              error?: { status: number };
            };
            expect(ack.ok).toBe(false);
            expect(ack.error!.status).toBeLessThan(500);
          },
        ),
        { numRuns: 120 },
      );
      expect((await listening.http.get('/health')).status).toBe(200);
      socket.close();
    } finally {
      await listening.close();
    }
  });
});
