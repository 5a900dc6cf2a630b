import type { LiveSocket } from '../../src/contract/live-session';
import { DraftLiveGateway } from '../../src/realtime/draft-live.gateway';
import { LiveGateway } from '../../src/realtime/live.gateway';
import type { SignedIn } from '../support/actors';
import { createAndSignIn, createConference } from '../support/actors';
import { connectLive } from '../support/live-client';
import {
  createSession,
  RECOMMENDATION,
  scenario,
  submit,
  transition,
  type Scenario,
} from '../support/scenario';
import { ADMIN, startTestApp, type TestApp } from '../support/test-app';

type Role =
  | 'anonymous'
  | 'delegate'
  | 'author'
  | 'moderator'
  | 'otherModerator'
  | 'secretariat'
  | 'observer'
  | 'demoted'
  | 'outsider';
// Those allowed to change things go last, so a hide or merge does not change what the others are refused.
const ROLES: Role[] = [
  'anonymous',
  'outsider',
  'observer',
  'demoted',
  'delegate',
  'otherModerator',
  'author',
  'moderator',
  'secretariat',
];
/** 'ok' = passes authorization (any status but 401, 403 and 404: a 409 for the session's state still counts). */
type Outcome = 'ok' | 401 | 403 | 404;
type Expectation = Partial<Record<Role, Outcome>> & { rest: Outcome };

/**
 * A socket message, expected to be allowed and refused exactly like the REST route doing the same
 * (`route`), or by its own expectation when no route does.
 */
interface Message {
  name: string;
  body: (as: Role) => unknown;
  route?: string;
  expect?: Expectation;
}

interface Route {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  url: (as: Role) => string;
  body?: () => unknown;
  contentType?: string;
  expect: Expectation;
}

const everyoneSignedIn: Expectation = { anonymous: 401, rest: 'ok' };
const members: Expectation = { anonymous: 401, outsider: 404, rest: 'ok' };
const secretariatOnly: Expectation = { anonymous: 401, secretariat: 'ok', rest: 403 };
const sessionModerators: Expectation = {
  anonymous: 401,
  moderator: 'ok',
  secretariat: 'ok',
  rest: 403,
};
const amendmentAuthor: Expectation = {
  anonymous: 401,
  author: 'ok',
  outsider: 404,
  rest: 403,
};
const delegates: Expectation = {
  anonymous: 401,
  delegate: 'ok',
  author: 'ok',
  outsider: 404,
  rest: 403,
};

describe('permission matrix: every route and socket message × every role', () => {
  let t: TestApp;
  let s: Scenario;
  const who = {} as Record<Exclude<Role, 'anonymous'>, SignedIn>;
  const ids: Record<string, string> = {};
  const sockets = {} as Record<Exclude<Role, 'anonymous'>, LiveSocket>;
  /** The item of that name the role authored: a demoted delegate has items of its own. */
  const own = (as: Role, name: string) => ids[as === 'demoted' ? `demoted:${name}` : name];

  beforeAll(async () => {
    t = await startTestApp({ listen: true });
    s = await scenario(t.http, { delegates: 2 });
    const other = await createConference(t.http, s.admin);
    Object.assign(who, {
      delegate: s.delegates[1],
      author: s.delegates[0],
      moderator: s.moderator,
      otherModerator: await createAndSignIn(t.http, s.admin, {
        role: 'moderator',
        conferenceId: s.conferenceId,
      }),
      secretariat: s.admin,
      observer: s.observer,
      outsider: await createAndSignIn(t.http, s.admin, { conferenceId: other.id }),
      demoted: await createAndSignIn(t.http, s.admin, { conferenceId: s.conferenceId }),
    });
    await transition(t.http, s.moderator, s.sessionId, 'open');
    for (const name of ['main', 'withdrawable', 'mergeFrom', 'mergeInto', 'hideable']) {
      ids[name] = (await submit(t.http, who.author, s.sessionId, { title: name })).id;
    }
    // A delegate who submitted, then was made an observer: authorship alone grants nothing.
    for (const name of ['main', 'withdrawable'])
      ids[`demoted:${name}`] = (
        await submit(t.http, who.demoted, s.sessionId, { title: `demoted ${name}` })
      ).id;
    const demotion = await t.http
      .patch(`/api/v1/participants/${who.demoted.id}`)
      .set(s.admin.auth)
      .send({ role: 'observer' });
    expect(demotion.status).toBe(200);
    ids.comment = (
      await t.http
        .post(`/api/v1/recommendations/${ids.main}/comments`)
        .set(who.author.auth)
        .send({ body: 'c', stance: 'for' })
    ).body.id;
    ids.lifecycleSession = await createSession(t.http, s.admin, s.conferenceId, [s.moderator.id]);
    ids.closedSession = await createSession(t.http, s.admin, s.conferenceId, [s.moderator.id]);
    await transition(t.http, s.moderator, ids.closedSession, 'open');
    ids.closedRec = (await submit(t.http, who.author, ids.closedSession, { title: 'closed' })).id;
    await transition(t.http, s.moderator, ids.closedSession, 'close');
    ids.erasable = (await createAndSignIn(t.http, s.admin, { conferenceId: s.conferenceId })).id;
    ids.report = (
      await t.http.post(`/api/v1/conferences/${s.conferenceId}/reports`).set(s.admin.auth).send({})
    ).body.id;
    // The drafting room: a draft chaired by the session's moderator (otherModerator chairs nothing).
    ids.draft = (
      await t.http
        .post(`/api/v1/conferences/${s.conferenceId}/drafts`)
        .set(s.admin.auth)
        .send({ title: 'Declaration', language: 'en', chairIds: [s.moderator.id] })
    ).body.id;
    for (const name of ['paragraph', 'movable'])
      ids[name] = (
        await t.http
          .post(`/api/v1/drafts/${ids.draft}/paragraphs`)
          .set(s.moderator.auth)
          .send({ kind: 'operative', text: `Cities act (${name}).` })
      ).body.id;
    for (const name of ['amendment', 'withdrawableAmendment', 'decidable', 'voting'])
      ids[name] = (
        await t.http
          .post(`/api/v1/drafts/${ids.draft}/amendments`)
          .set(who.author.auth)
          .send({ paragraphId: ids.paragraph, kind: 'delete', reason: name, baseVersion: 1 })
      ).body.id;
    await t.http
      .put(`/api/v1/amendments/${ids.voting}/procedure`)
      .set(s.moderator.auth)
      .send({ procedure: 'vote' });
    await t.http.post(`/api/v1/drafts/${ids.draft}/versions`).set(s.moderator.auth).send({});
  });
  afterAll(async () => {
    Object.values(sockets).forEach((socket) => socket.close());
    await t.close();
  });

  const participantBody = () => ({
    name: 'N',
    email: `n${Math.random()}@agora.test`,
    organisation: 'O',
    constituency: 'academia',
    country: 'BE',
    role: 'delegate',
  });
  const routes: Route[] = [
    {
      method: 'post',
      path: '/auth/login',
      url: () => '/auth/login',
      body: () => ({ email: ADMIN.email, password: ADMIN.password }),
      expect: { rest: 'ok' },
    },
    { method: 'get', path: '/auth/me', url: () => '/auth/me', expect: everyoneSignedIn },
    { method: 'get', path: '/frameworks', url: () => '/frameworks', expect: { rest: 'ok' } },
    { method: 'get', path: '/participants', url: () => '/participants', expect: secretariatOnly },
    {
      method: 'post',
      path: '/participants',
      url: () => '/participants',
      body: participantBody,
      expect: secretariatOnly,
    },
    {
      method: 'post',
      path: '/participants/import',
      url: () => '/participants/import',
      contentType: 'text/csv',
      body: () =>
        `name,email,organisation,constituency,country,role\nA,a${Math.random()}@agora.test,O,academia,BE,delegate`,
      expect: secretariatOnly,
    },
    {
      method: 'get',
      path: '/participants/{id}',
      url: () => `/participants/${who.delegate.id}`,
      expect: members,
    },
    {
      method: 'patch',
      path: '/participants/{id}',
      url: () => `/participants/${who.delegate.id}`,
      body: () => ({ city: 'Ghent' }),
      expect: secretariatOnly,
    },
    {
      method: 'post',
      path: '/participants/{id}/access-code',
      url: () => `/participants/${who.otherModerator.id}/access-code`,
      expect: secretariatOnly,
    },
    {
      method: 'get',
      path: '/participants/me/data',
      url: () => '/participants/me/data',
      expect: everyoneSignedIn,
    },
    {
      method: 'post',
      path: '/participants/{id}/erase',
      url: () => `/participants/${ids.erasable}/erase`,
      expect: secretariatOnly,
    },
    {
      method: 'get',
      path: '/conferences/{id}/export',
      url: () => `/conferences/${s.conferenceId}/export`,
      expect: secretariatOnly,
    },
    {
      method: 'post',
      path: '/conferences/import',
      url: () => '/conferences/import',
      body: () => ({}),
      expect: secretariatOnly,
    },
    { method: 'get', path: '/conferences', url: () => '/conferences', expect: everyoneSignedIn },
    {
      method: 'post',
      path: '/conferences',
      url: () => '/conferences',
      body: () => ({
        title: 'C',
        city: 'X',
        country: 'BE',
        startsOn: '2018-01-01',
        endsOn: '2018-01-02',
        framework: 'gcm-objectives',
        languages: ['en'],
        slug: `c-${Math.random().toString(36).slice(2)}`,
      }),
      expect: secretariatOnly,
    },
    {
      method: 'get',
      path: '/conferences/{id}',
      url: () => `/conferences/${s.conferenceId}`,
      expect: members,
    },
    {
      method: 'patch',
      path: '/conferences/{id}',
      url: () => `/conferences/${s.conferenceId}`,
      body: () => ({ city: 'Mechelen' }),
      expect: secretariatOnly,
    },
    {
      method: 'post',
      path: '/conferences/{id}/sessions',
      url: () => `/conferences/${s.conferenceId}/sessions`,
      body: () => ({
        title: 'S',
        kind: 'plenary',
        startsAt: '2017-11-16T08:00:00Z',
        endsAt: '2017-11-16T09:00:00Z',
      }),
      expect: secretariatOnly,
    },
    {
      method: 'get',
      path: '/conferences/{id}/sessions',
      url: () => `/conferences/${s.conferenceId}/sessions`,
      expect: members,
    },
    {
      method: 'get',
      path: '/sessions/{id}',
      url: () => `/sessions/${s.sessionId}`,
      expect: members,
    },
    {
      method: 'patch',
      path: '/sessions/{id}',
      url: () => `/sessions/${s.sessionId}`,
      body: () => ({ room: 'Room B' }),
      expect: secretariatOnly,
    },
    {
      method: 'put',
      path: '/sessions/{id}/moderators',
      url: () => `/sessions/${ids.lifecycleSession}/moderators`,
      body: () => ({ participantIds: [s.moderator.id] }),
      expect: secretariatOnly,
    },
    {
      method: 'post',
      path: '/sessions/{id}/open',
      url: () => `/sessions/${ids.lifecycleSession}/open`,
      expect: sessionModerators,
    },
    {
      method: 'post',
      path: '/sessions/{id}/lock-submissions',
      url: () => `/sessions/${ids.lifecycleSession}/lock-submissions`,
      expect: sessionModerators,
    },
    {
      method: 'post',
      path: '/sessions/{id}/close',
      url: () => `/sessions/${ids.lifecycleSession}/close`,
      expect: sessionModerators,
    },
    {
      method: 'post',
      path: '/sessions/{id}/reopen',
      url: () => `/sessions/${ids.lifecycleSession}/reopen`,
      expect: secretariatOnly,
    },
    {
      method: 'put',
      path: '/sessions/{id}/summary',
      url: () => `/sessions/${s.sessionId}/summary`,
      body: () => ({ text: 'Summary' }),
      expect: sessionModerators,
    },
    {
      method: 'post',
      path: '/sessions/{id}/recommendations',
      url: () => `/sessions/${s.sessionId}/recommendations`,
      body: () => ({ title: 'T', body: 'B', themes: ['GCM-1'], governanceLevel: 'local' }),
      expect: delegates,
    },
    {
      method: 'get',
      path: '/sessions/{id}/recommendations',
      url: () => `/sessions/${s.sessionId}/recommendations`,
      expect: members,
    },
    {
      method: 'get',
      path: '/recommendations/{id}',
      url: () => `/recommendations/${ids.main}`,
      expect: members,
    },
    {
      method: 'get',
      path: '/recommendations/{id}/revisions',
      url: () => `/recommendations/${ids.main}/revisions`,
      expect: members,
    },
    {
      method: 'get',
      path: '/recommendations/{id}/support',
      url: () => `/recommendations/${ids.main}/support`,
      expect: members,
    },
    {
      method: 'patch',
      path: '/recommendations/{id}',
      url: (as) => `/recommendations/${own(as, 'main')}`,
      body: () => ({ version: 1, title: `edit ${Math.random()}` }),
      expect: {
        anonymous: 401,
        author: 'ok',
        moderator: 'ok',
        secretariat: 'ok',
        outsider: 404,
        rest: 403,
      },
    },
    {
      method: 'post',
      path: '/recommendations/{id}/withdraw',
      url: (as) => `/recommendations/${own(as, 'withdrawable')}/withdraw`,
      expect: { anonymous: 401, author: 'ok', outsider: 404, rest: 403 },
    },
    {
      method: 'post',
      path: '/recommendations/{id}/co-sponsor',
      url: () => `/recommendations/${ids.main}/co-sponsor`,
      expect: delegates,
    },
    {
      method: 'post',
      path: '/recommendations/{id}/merge',
      url: () => `/recommendations/${ids.mergeFrom}/merge`,
      body: () => ({ intoId: ids.mergeInto }),
      expect: sessionModerators,
    },
    {
      method: 'post',
      path: '/recommendations/{id}/hide',
      url: () => `/recommendations/${ids.hideable}/hide`,
      body: () => ({ reason: 'r' }),
      expect: sessionModerators,
    },
    {
      method: 'put',
      path: '/recommendations/{id}/disposition',
      url: () => `/recommendations/${ids.closedRec}/disposition`,
      body: () => ({ disposition: 'noted' }),
      expect: sessionModerators,
    },
    {
      method: 'put',
      path: '/recommendations/{id}/vote',
      url: () => `/recommendations/${ids.main}/vote`,
      body: () => ({ value: 'support' }),
      expect: delegates,
    },
    {
      method: 'delete',
      path: '/recommendations/{id}/vote',
      url: () => `/recommendations/${ids.main}/vote`,
      expect: delegates,
    },
    {
      method: 'post',
      path: '/recommendations/{id}/comments',
      url: () => `/recommendations/${ids.main}/comments`,
      body: () => ({ body: 'c', stance: 'neutral' }),
      expect: {
        anonymous: 401,
        delegate: 'ok',
        author: 'ok',
        moderator: 'ok',
        secretariat: 'ok',
        outsider: 404,
        rest: 403,
      },
    },
    {
      method: 'get',
      path: '/recommendations/{id}/comments',
      url: () => `/recommendations/${ids.main}/comments`,
      expect: members,
    },
    {
      method: 'post',
      path: '/comments/{id}/hide',
      url: () => `/comments/${ids.comment}/hide`,
      body: () => ({ reason: 'r' }),
      expect: sessionModerators,
    },
    {
      method: 'get',
      path: '/sessions/{id}/speakers',
      url: () => `/sessions/${s.sessionId}/speakers`,
      expect: members,
    },
    {
      method: 'post',
      path: '/sessions/{id}/speakers',
      url: () => `/sessions/${s.sessionId}/speakers`,
      body: () => ({}),
      expect: delegates,
    },
    {
      method: 'delete',
      path: '/sessions/{id}/speakers/me',
      url: () => `/sessions/${s.sessionId}/speakers/me`,
      expect: delegates,
    },
    {
      method: 'post',
      path: '/sessions/{id}/speakers/next',
      url: () => `/sessions/${s.sessionId}/speakers/next`,
      expect: sessionModerators,
    },
    {
      method: 'post',
      path: '/sessions/{id}/speakers/end',
      url: () => `/sessions/${s.sessionId}/speakers/end`,
      expect: sessionModerators,
    },
    {
      method: 'put',
      path: '/sessions/{id}/speakers/settings',
      url: () => `/sessions/${s.sessionId}/speakers/settings`,
      body: () => ({ mode: 'balanced', turnSeconds: 120 }),
      expect: sessionModerators,
    },
    { method: 'get', path: '/audit', url: () => '/audit', expect: secretariatOnly },
    {
      method: 'post',
      path: '/conferences/{id}/reports',
      url: () => `/conferences/${s.conferenceId}/reports`,
      body: () => ({}),
      expect: secretariatOnly,
    },
    {
      method: 'get',
      path: '/conferences/{id}/reports',
      url: () => `/conferences/${s.conferenceId}/reports`,
      expect: secretariatOnly,
    },
    {
      method: 'get',
      path: '/reports/{id}',
      url: () => `/reports/${ids.report}`,
      expect: secretariatOnly,
    },
    {
      method: 'get',
      path: '/reports/{id}/download',
      url: () => `/reports/${ids.report}/download?format=md`,
      expect: secretariatOnly,
    },
    {
      method: 'post',
      path: '/reports/{id}/finalize',
      url: () => `/reports/${ids.report}/finalize`,
      expect: secretariatOnly,
    },
    // The drafting room: chairs (the session's moderator here) and the secretariat run a draft.
    {
      method: 'post',
      path: '/conferences/{id}/drafts',
      url: () => `/conferences/${s.conferenceId}/drafts`,
      body: () => ({ title: 'Another declaration', language: 'en' }),
      expect: secretariatOnly,
    },
    {
      method: 'get',
      path: '/conferences/{id}/drafts',
      url: () => `/conferences/${s.conferenceId}/drafts`,
      expect: members,
    },
    { method: 'get', path: '/drafts/{id}', url: () => `/drafts/${ids.draft}`, expect: members },
    {
      method: 'put',
      path: '/drafts/{id}/chairs',
      url: () => `/drafts/${ids.draft}/chairs`,
      body: () => ({ participantIds: [s.moderator.id] }),
      expect: secretariatOnly,
    },
    {
      method: 'post',
      path: '/drafts/{id}/paragraphs',
      url: () => `/drafts/${ids.draft}/paragraphs`,
      body: () => ({ kind: 'preambular', text: 'Recalling,' }),
      expect: sessionModerators,
    },
    {
      method: 'patch',
      path: '/paragraphs/{id}',
      url: () => `/paragraphs/${ids.movable}`,
      body: () => ({ version: 1, text: `Cities act ${Math.random()}.` }),
      expect: sessionModerators,
    },
    {
      method: 'post',
      path: '/paragraphs/{id}/move',
      url: () => `/paragraphs/${ids.movable}/move`,
      body: () => ({}),
      expect: sessionModerators,
    },
    {
      method: 'delete',
      path: '/paragraphs/{id}',
      url: () => `/paragraphs/${ids.movable}?version=999`,
      expect: sessionModerators,
    },
    {
      method: 'put',
      path: '/paragraphs/{id}/translations/{language}',
      url: () => `/paragraphs/${ids.paragraph}/translations/fr`,
      body: () => ({ text: 'Les villes agissent.' }),
      expect: secretariatOnly,
    },
    {
      method: 'post',
      path: '/drafts/{id}/amendments',
      url: () => `/drafts/${ids.draft}/amendments`,
      body: () => ({ paragraphId: ids.paragraph, kind: 'delete', reason: 'r', baseVersion: 1 }),
      expect: delegates,
    },
    {
      method: 'get',
      path: '/drafts/{id}/amendments',
      url: () => `/drafts/${ids.draft}/amendments`,
      expect: members,
    },
    {
      method: 'get',
      path: '/amendments/{id}',
      url: () => `/amendments/${ids.amendment}`,
      expect: members,
    },
    {
      method: 'patch',
      path: '/amendments/{id}',
      url: () => `/amendments/${ids.amendment}`,
      body: () => ({ baseVersion: 1, reason: `r ${Math.random()}` }),
      expect: amendmentAuthor,
    },
    {
      method: 'post',
      path: '/amendments/{id}/withdraw',
      url: () => `/amendments/${ids.withdrawableAmendment}/withdraw`,
      expect: amendmentAuthor,
    },
    {
      method: 'post',
      path: '/amendments/{id}/co-sponsor',
      url: () => `/amendments/${ids.amendment}/co-sponsor`,
      expect: delegates,
    },
    {
      method: 'put',
      path: '/amendments/{id}/procedure',
      url: () => `/amendments/${ids.decidable}/procedure`,
      body: () => ({ procedure: 'reject' }),
      expect: sessionModerators,
    },
    {
      method: 'put',
      path: '/amendments/{id}/vote',
      url: () => `/amendments/${ids.voting}/vote`,
      body: () => ({ value: 'support' }),
      expect: delegates,
    },
    {
      method: 'delete',
      path: '/amendments/{id}/vote',
      url: () => `/amendments/${ids.voting}/vote`,
      expect: delegates,
    },
    {
      method: 'post',
      path: '/amendments/{id}/close-vote',
      url: () => `/amendments/${ids.voting}/close-vote`,
      expect: sessionModerators,
    },
    {
      method: 'post',
      path: '/drafts/{id}/versions',
      url: () => `/drafts/${ids.draft}/versions`,
      body: () => ({}),
      expect: sessionModerators,
    },
    {
      method: 'get',
      path: '/drafts/{id}/versions',
      url: () => `/drafts/${ids.draft}/versions`,
      expect: members,
    },
    {
      method: 'get',
      path: '/drafts/{id}/versions/{n}/download',
      url: () => `/drafts/${ids.draft}/versions/0/download?format=md`,
      expect: members,
    },
    {
      method: 'get',
      path: '/drafts/{id}/compare',
      url: () => `/drafts/${ids.draft}/compare?from=0&to=0&format=md`,
      expect: members,
    },
    {
      method: 'get',
      path: '/drafts/{id}/speakers',
      url: () => `/drafts/${ids.draft}/speakers`,
      expect: members,
    },
    {
      method: 'post',
      path: '/drafts/{id}/speakers',
      url: () => `/drafts/${ids.draft}/speakers`,
      body: () => ({ topic: { paragraphId: ids.paragraph } }),
      expect: delegates,
    },
    {
      method: 'delete',
      path: '/drafts/{id}/speakers/me',
      url: () => `/drafts/${ids.draft}/speakers/me`,
      expect: delegates,
    },
    {
      method: 'post',
      path: '/drafts/{id}/speakers/next',
      url: () => `/drafts/${ids.draft}/speakers/next`,
      expect: sessionModerators,
    },
    {
      method: 'post',
      path: '/drafts/{id}/speakers/end',
      url: () => `/drafts/${ids.draft}/speakers/end`,
      expect: sessionModerators,
    },
    {
      method: 'put',
      path: '/drafts/{id}/speakers/settings',
      url: () => `/drafts/${ids.draft}/speakers/settings`,
      body: () => ({ mode: 'balanced', turnSeconds: 120 }),
      expect: sessionModerators,
    },
    {
      method: 'post',
      path: '/drafts/{id}/silence',
      url: () => `/drafts/${ids.draft}/silence`,
      // A deadline in the past: allowed callers get 400, and the draft stays drafting.
      body: () => ({ until: '2017-11-17T18:00:00Z' }),
      expect: sessionModerators,
    },
    {
      method: 'post',
      path: '/drafts/{id}/silence/break',
      url: () => `/drafts/${ids.draft}/silence/break`,
      body: () => ({ paragraphNumbers: [1], reason: 'r' }),
      expect: delegates,
    },
  ];

  it('covers every route of the API (a new route must be added here)', async () => {
    const doc = await t.http.get('/api/docs/json');
    const documented = Object.entries(doc.body.paths as Record<string, Record<string, unknown>>)
      .flatMap(([path, methods]) =>
        Object.keys(methods).map((m) => `${m} ${path.replace(/^\/api\/v1/, '')}`),
      )
      .filter((r) => !r.startsWith('get /health'))
      .sort();
    expect(routes.map((r) => `${r.method} ${r.path}`).sort()).toEqual(documented);
  });

  /** The refusals each route was seen to answer, checked against its OpenAPI responses below. */
  const refusals = new Map<string, Set<number>>();

  for (const route of routes) {
    it(`${route.method.toUpperCase()} ${route.path}`, async () => {
      const seen = refusals.get(`${route.method} ${route.path}`) ?? new Set<number>();
      refusals.set(`${route.method} ${route.path}`, seen);
      const outcomes: string[] = [];
      const expected: string[] = [];
      for (const role of ROLES) {
        let req = t.http[route.method](`/api/v1${route.url(role)}`);
        if (role !== 'anonymous') req = req.set(who[role].auth);
        if (route.contentType) req = req.set('Content-Type', route.contentType);
        const res = await (route.body ? req.send(route.body() as object) : req);
        const want = route.expect[role] ?? route.expect.rest;
        const got: Outcome = [401, 403, 404].includes(res.status) ? (res.status as Outcome) : 'ok';
        if (res.status >= 400) seen.add(res.status);
        expect(res.status).toBeLessThan(500);
        outcomes.push(`${role}: ${got}`);
        expected.push(`${role}: ${want}`);
      }
      expect(outcomes).toEqual(expected);
    });
  }

  it('documents every refusal seen above among the route’s OpenAPI responses', async () => {
    const doc = await t.http.get('/api/docs/json');
    const paths = doc.body.paths as Record<string, Record<string, { responses: object }>>;
    const undocumented = [...refusals].flatMap(([route, statuses]) => {
      const [method, path] = route.split(' ');
      const documented = Object.keys(paths[`/api/v1${path}`][method].responses);
      return [...statuses]
        .filter((s) => !documented.includes(String(s)))
        .map((s) => `${route} ${s}`);
    });
    expect(refusals.size).toBe(routes.length);
    expect(undocumented).toEqual([]);
  });

  const messages: Message[] = [
    {
      name: 'session:join',
      route: 'get /sessions/{id}',
      body: () => ({ sessionId: s.sessionId }),
    },
    {
      name: 'session:sync',
      route: 'get /sessions/{id}',
      body: () => ({ sessionId: s.sessionId, sinceSeq: 0 }),
    },
    { name: 'session:leave', expect: everyoneSignedIn, body: () => ({ sessionId: s.sessionId }) },
    {
      name: 'recommendation:submit',
      route: 'post /sessions/{id}/recommendations',
      body: () => ({ sessionId: s.sessionId, ...RECOMMENDATION }),
    },
    {
      name: 'recommendation:update',
      route: 'patch /recommendations/{id}',
      body: (as) => ({ id: own(as, 'main'), version: 1, title: `socket edit ${Math.random()}` }),
    },
    {
      name: 'comment:add',
      route: 'post /recommendations/{id}/comments',
      body: () => ({ recommendationId: ids.main, body: 'c', stance: 'neutral' }),
    },
    {
      name: 'vote:cast',
      route: 'put /recommendations/{id}/vote',
      body: () => ({ recommendationId: ids.main, value: 'support' }),
    },
    {
      name: 'vote:withdraw',
      route: 'delete /recommendations/{id}/vote',
      body: () => ({ recommendationId: ids.main }),
    },
    { name: 'draft:join', route: 'get /drafts/{id}', body: () => ({ draftId: ids.draft }) },
    {
      name: 'draft:sync',
      route: 'get /drafts/{id}',
      body: () => ({ draftId: ids.draft, sinceSeq: 0 }),
    },
    { name: 'draft:leave', expect: everyoneSignedIn, body: () => ({ draftId: ids.draft }) },
  ];

  it('covers every socket message of the gateway (a new message must be added here)', () => {
    const handled = [LiveGateway.prototype, DraftLiveGateway.prototype]
      .flatMap((p) => {
        const prototype = p as unknown as Record<string, object>;
        return Object.getOwnPropertyNames(prototype).map(
          (method) => Reflect.getMetadata('message', prototype[method]) as string | undefined,
        );
      })
      .filter((name): name is string => typeof name === 'string')
      .sort();
    expect(messages.map((m) => m.name).sort()).toEqual(handled);
  });

  for (const message of messages) {
    it(`socket ${message.name}${message.route ? ` (as ${message.route})` : ''}`, async () => {
      const expectation =
        message.expect ?? routes.find((r) => `${r.method} ${r.path}` === message.route)!.expect;
      const outcomes: string[] = [];
      const expected: string[] = [];
      for (const role of ROLES) {
        let got: Outcome;
        if (role === 'anonymous') {
          const refused = await connectLive(t.url, undefined, { reconnection: false }).then(
            (socket) => (socket.close(), 'connected'),
            (error: Error) => error.message,
          );
          got = refused === 'unauthorized' ? 401 : 'ok';
        } else {
          sockets[role] ??= await connectLive(t.url, who[role].token);
          const ack = (await sockets[role].emitWithAck(
            message.name as 'session:join',
            message.body(role) as { sessionId: string },
          )) as { ok: boolean; error?: { status: number } };
          const status = ack.ok ? 200 : ack.error!.status;
          expect(status).toBeLessThan(500);
          got = [401, 403, 404].includes(status) ? (status as Outcome) : 'ok';
        }
        outcomes.push(`${role}: ${got}`);
        expected.push(`${role}: ${expectation[role] ?? expectation.rest}`);
      }
      expect(outcomes).toEqual(expected);
    });
  }
});
