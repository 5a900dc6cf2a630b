import { DataSource } from 'typeorm';
import type { SyncResult } from '#contract';
import type { OutcomeDocument, RecommendationEntry } from '../../src/reports/outcome-document';
import { createAndSignIn, signIn, type SignedIn } from '../support/actors';
import { connectLive } from '../support/live-client';
import { scenario, submit, transition, vote, type Scenario } from '../support/scenario';
import { startTestApp, type TestApp } from '../support/test-app';

const NAME = 'Zofia Erasmus-Kowalczyk';
const ORGANISATION = 'Mechelen Refugee Council';

/**
 * Personal data: a delegate downloads what Agora holds about them; the secretariat erases it.
 * Their votes stay counted (anonymously, by constituency) and their recommendation stays
 * attributed to their organisation, while their name and email are gone from every answer of
 * the API, the socket's resync, the conference export and every table of the database.
 */
describe('personal data: download and erasure', () => {
  let t: TestApp;
  let s: Scenario;
  let zofia: SignedIn & { accessCode: string };
  let email: string;
  let mine: string;
  let theirs: string;

  beforeAll(async () => {
    t = await startTestApp({ listen: true });
    s = await scenario(t.http, { delegates: 3 });
    email = `zofia.${Date.now()}@refugees.example`;
    const created = await t.http.post('/api/v1/participants').set(s.admin.auth).send({
      name: 'Zofia E.',
      email,
      organisation: ORGANISATION,
      constituency: 'civil_society',
      country: 'PL',
      city: 'Mechelen',
      role: 'delegate',
      conferenceId: s.conferenceId,
    });
    expect(created.status).toBe(201);
    // A profile change: the audit keeps the old and the new name.
    await t.http
      .patch(`/api/v1/participants/${created.body.id}`)
      .set(s.admin.auth)
      .send({ name: NAME, city: 'Ghent' })
      .expect(200);
    zofia = {
      ...(await signIn(t.http, email, created.body.accessCode)),
      accessCode: created.body.accessCode,
    };
    await transition(t.http, s.moderator, s.sessionId, 'open');
    const submitted = await t.http
      .post(`/api/v1/sessions/${s.sessionId}/recommendations`)
      .set(zofia.auth)
      .set('Idempotency-Key', 'zofia-first')
      .send({
        title: 'Safe reporting',
        body: 'Firewalls.',
        themes: ['GCM-7'],
        governanceLevel: 'local',
      });
    expect(submitted.status).toBe(201);
    mine = submitted.body.id;
    theirs = (await submit(t.http, s.delegates[0], s.sessionId, { title: 'Language classes' })).id;
    await t.http.post(`/api/v1/recommendations/${theirs}/co-sponsor`).set(zofia.auth).expect(200);
    await t.http
      .post(`/api/v1/recommendations/${theirs}/comments`)
      .set(zofia.auth)
      .send({ body: 'Free of charge, please.', stance: 'for' })
      .expect(201);
    for (const [who, value] of [
      [zofia, 'support'],
      [s.delegates[0], 'support'],
      [s.delegates[1], 'oppose'],
      [s.delegates[2], 'abstain'],
    ] as const) {
      await vote(t.http, who, mine, value).expect(200);
      await vote(t.http, who, theirs, 'support').expect(200);
    }
  }, 60_000);
  afterAll(() => t.close());

  it('gives a participant everything held about them, and only them', async () => {
    const res = await t.http.get('/api/v1/participants/me/data').set(zofia.auth);
    expect(res.status).toBe(200);
    expect(res.body.profile).toMatchObject({ id: zofia.id, name: NAME, email, city: 'Ghent' });
    expect(res.body.recommendations).toEqual([
      expect.objectContaining({
        id: mine,
        title: 'Safe reporting',
        revisions: [expect.objectContaining({ version: 1 })],
      }),
    ]);
    expect(res.body.comments).toEqual([
      expect.objectContaining({ body: 'Free of charge, please.' }),
    ]);
    expect(
      res.body.votes.map((v: { recommendationId: string }) => v.recommendationId).sort(),
    ).toEqual([mine, theirs].sort());
    expect(res.body.sponsorships).toEqual([
      expect.objectContaining({ recommendationId: mine, source: 'author' }),
      expect.objectContaining({ recommendationId: theirs, source: 'co_sponsor' }),
    ]);
    const actions = res.body.auditEntries.map((a: { action: string }) => a.action);
    for (const action of [
      'participant.create',
      'participant.update',
      'auth.login',
      'recommendation.submit',
      'vote.cast',
    ])
      expect(actions).toContain(action);
    // Someone else's download holds nothing of hers.
    const other = await t.http.get('/api/v1/participants/me/data').set(s.delegates[1].auth);
    expect(JSON.stringify(other.body)).not.toContain(zofia.id);
  });

  it('erases her personal data while her votes and recommendation still count', async () => {
    const live = await connectLive(t.url, s.observer.token);
    await live.emitWithAck('session:join', { sessionId: s.sessionId });
    const tallies = await talliesOf(s.observer);
    await transition(t.http, s.moderator, s.sessionId, 'close');
    const before = await compile();

    const erased = await t.http.post(`/api/v1/participants/${zofia.id}/erase`).set(s.admin.auth);
    expect(erased.status).toBe(200);
    expect(erased.body).toMatchObject({
      id: zofia.id,
      name: 'Erased participant',
      email: `erased-${zofia.id}@erased.invalid`,
      organisation: ORGANISATION,
      constituency: 'civil_society',
      city: null,
      country: null,
      active: false,
    });

    // Her token is refused at once, her access code no longer signs in.
    expect((await t.http.get('/api/v1/auth/me').set(zofia.auth)).status).toBe(401);
    const login = await t.http
      .post('/api/v1/auth/login')
      .send({ email, password: zofia.accessCode });
    expect(login.status).toBe(401);

    // Her votes are still in every tally and in the outcome document's numbers.
    expect(await talliesOf(s.observer)).toEqual(tallies);
    const after = await compile();
    expect(numbers(after)).toEqual(numbers(before));
    const rec = await t.http.get(`/api/v1/recommendations/${mine}`).set(s.observer.auth);
    expect(rec.body.author).toEqual({
      id: zofia.id,
      name: 'Erased participant',
      organisation: ORGANISATION,
    });

    // Her name and email are in no answer of the API or the socket…
    const answers = await Promise.all(
      [
        `/participants?q=${encodeURIComponent('Zofia')}`,
        `/participants/${zofia.id}`,
        `/sessions/${s.sessionId}`,
        `/sessions/${s.sessionId}/recommendations?status=all`,
        `/recommendations/${theirs}`,
        `/recommendations/${theirs}/comments`,
        `/audit?conferenceId=${s.conferenceId}&limit=200`,
        `/conferences/${s.conferenceId}/export`,
      ].map(async (path) => {
        const res = await t.http.get(`/api/v1${path}`).set(s.admin.auth);
        expect({ path, status: res.status }).toEqual({ path, status: 200 });
        return res.text;
      }),
    );
    const sync = (await live.emitWithAck('session:sync', {
      sessionId: s.sessionId,
      sinceSeq: 0,
    })) as {
      ok: true;
      data: SyncResult;
    };
    live.close();
    expect(sync.ok).toBe(true);
    for (const text of [...answers, JSON.stringify(sync.data)]) {
      expect(text).not.toContain(NAME);
      expect(text).not.toContain(email);
    }
    // …and in no table of the database.
    const dataSource = t.app.get(DataSource);
    for (const entity of dataSource.entityMetadatas) {
      const rows: unknown[] = await dataSource.query(`SELECT * FROM "${entity.tableName}"`);
      const dump = JSON.stringify(rows);
      expect({
        table: entity.tableName,
        name: dump.includes(NAME),
        email: dump.includes(email),
      }).toEqual({
        table: entity.tableName,
        name: false,
        email: false,
      });
    }
  });

  it('answers a second erasure with the same result and audits the erasure once', async () => {
    const again = await t.http.post(`/api/v1/participants/${zofia.id}/erase`).set(s.admin.auth);
    expect(again.status).toBe(200);
    expect(again.body.name).toBe('Erased participant');
    const audit = await t.http
      .get(`/api/v1/audit?conferenceId=${s.conferenceId}&limit=200`)
      .set(s.admin.auth);
    expect(
      audit.body.items.filter((a: { action: string }) => a.action === 'participant.erase'),
    ).toHaveLength(1);
  });

  it('lets no secretariat erase itself, nor a conference secretariat erase outside its conference', async () => {
    expect(
      (await t.http.post(`/api/v1/participants/${s.admin.id}/erase`).set(s.admin.auth)).status,
    ).toBe(409);
    const other = await t.http
      .post('/api/v1/conferences')
      .set(s.admin.auth)
      .send({
        title: 'Elsewhere',
        city: 'Ghent',
        country: 'BE',
        startsOn: '2018-01-01',
        endsOn: '2018-01-02',
        framework: 'gcm-objectives',
        languages: ['en'],
        slug: 'elsewhere-privacy',
      });
    const scoped = await createAndSignIn(t.http, s.admin, {
      role: 'secretariat',
      conferenceId: other.body.id,
    });
    const res = await t.http
      .post(`/api/v1/participants/${s.delegates[0].id}/erase`)
      .set(scoped.auth);
    expect(res.status).toBe(404);
    expect((await t.http.get('/api/v1/auth/me').set(s.delegates[0].auth)).status).toBe(200);
  });

  async function talliesOf(who: SignedIn) {
    const res = await t.http.get(`/api/v1/sessions/${s.sessionId}/recommendations`).set(who.auth);
    return Object.fromEntries(
      (res.body as Array<{ id: string; tally: unknown; bridging: number }>).map((r) => [
        r.id,
        { tally: r.tally, bridging: r.bridging },
      ]),
    );
  }

  async function compile(): Promise<OutcomeDocument> {
    const version = await t.http
      .post(`/api/v1/conferences/${s.conferenceId}/reports`)
      .set(s.admin.auth)
      .send({});
    expect(version.status).toBe(201);
    return (await t.http.get(`/api/v1/reports/${version.body.id}`).set(s.admin.auth)).body;
  }
});

/** Every printed recommendation's numbers and sponsors, by id. */
function numbers(document: OutcomeDocument) {
  const entries: RecommendationEntry[] = [
    ...document.chapters.flatMap((c) => c.recommendations),
    ...document.annexA,
  ];
  return Object.fromEntries(
    entries.map((e) => [
      e.id,
      {
        tally: e.tally,
        constituencySupport: e.constituencySupport,
        bridging: e.bridging,
        sponsors: e.sponsors,
      },
    ]),
  );
}
