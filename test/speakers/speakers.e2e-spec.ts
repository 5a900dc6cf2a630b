import { createAndSignIn, type SignedIn } from '../support/actors';
import { scenario, submit, transition, type Scenario } from '../support/scenario';
import { download } from '../reports/support';
import { startTestApp, type TestApp } from '../support/test-app';

describe("speakers' lists over REST", () => {
  let t: TestApp;
  let s: Scenario;
  const api = (path: string) => `/api/v1/sessions/${s.sessionId}/speakers${path}`;
  const get = async () => (await t.http.get(api('')).set(s.moderator.auth).expect(200)).body;
  const ask = (d: SignedIn, body: object = {}) => t.http.post(api('')).set(d.auth).send(body);
  const next = () => t.http.post(api('/next')).set(s.moderator.auth);
  const end = () => t.http.post(api('/end')).set(s.moderator.auth);
  const settings = (body: object) => t.http.put(api('/settings')).set(s.moderator.auth).send(body);

  beforeAll(async () => {
    t = await startTestApp();
    // Delegates 0..3: local, regional, national government, international organisation; 4, 5 more.
    s = await scenario(t.http, { delegates: 6 });
  }, 120_000);
  afterAll(() => t.close());

  it('is empty with the defaults before anyone asks, and closed until the session opens', async () => {
    expect(await get()).toEqual({
      mode: 'fifo',
      turnSeconds: 180,
      current: null,
      queue: [],
      totals: [],
      organisations: [],
    });
    const early = await ask(s.delegates[0]);
    expect(early.status).toBe(409);
    await transition(t.http, s.moderator, s.sessionId, 'open');
  });

  it('takes one waiting request per delegate, in order, with its place', async () => {
    const first = await ask(s.delegates[0]).expect(201);
    expect(first.body).toMatchObject({
      place: 1,
      participant: {
        id: s.delegates[0].id,
        name: 'Delegate 0',
        organisation: 'Test organisation',
        constituency: 'local_government',
      },
      topic: null,
    });
    expect(Date.parse(first.body.requestedAt)).not.toBeNaN();
    const again = await ask(s.delegates[0]);
    expect(again.status).toBe(409);
    const second = await ask(s.delegates[1]).expect(201);
    expect(second.body.place).toBe(2);
    const list = await get();
    expect(list.queue.map((r: { participant: { id: string } }) => r.participant.id)).toEqual([
      s.delegates[0].id,
      s.delegates[1].id,
    ]);
  });

  it('withdraws a waiting request (409 when there is none)', async () => {
    const res = await t.http.delete(api('/me')).set(s.delegates[1].auth).expect(200);
    expect(res.body.queue).toHaveLength(1);
    expect((await t.http.delete(api('/me')).set(s.delegates[1].auth)).status).toBe(409);
  });

  it('calls the next speaker, ends the turn and counts it per constituency and organisation', async () => {
    const called = await next().expect(200);
    expect(called.body.current).toMatchObject({
      participant: { id: s.delegates[0].id },
      topic: null,
    });
    expect(called.body.queue).toEqual([]);
    // The speaker may ask again while speaking (their next request waits like any other).
    await ask(s.delegates[0]).expect(201);
    const ended = await end().expect(200);
    expect(ended.body.current).toBeNull();
    expect(ended.body.totals).toEqual([
      { constituency: 'local_government', turns: 1, seconds: expect.any(Number) },
    ]);
    expect(ended.body.organisations).toEqual([
      { organisation: 'Test organisation', turns: 1, seconds: expect.any(Number) },
    ]);
    expect((await end()).status).toBe(409);
    await t.http.delete(api('/me')).set(s.delegates[0].auth).expect(200);
    expect((await next()).status).toBe(409);
  });

  it('balanced mode calls the constituency with the fewest turns first (ties: earliest)', async () => {
    await settings({ mode: 'balanced', turnSeconds: 90 }).expect(200);
    // local_government has had one turn; national government asked first, then local, then regional.
    await ask(s.delegates[2]).expect(201);
    await ask(s.delegates[0]).expect(201);
    await ask(s.delegates[1]).expect(201);
    const list = await get();
    expect(list).toMatchObject({ mode: 'balanced', turnSeconds: 90 });
    expect(list.queue.map((r: { participant: { id: string } }) => r.participant.id)).toEqual([
      s.delegates[2].id,
      s.delegates[1].id,
      s.delegates[0].id,
    ]);
    expect((await next().expect(200)).body.current.participant.id).toBe(s.delegates[2].id);
    // next ends the running turn by itself.
    const second = await next().expect(200);
    expect(second.body.current.participant.id).toBe(s.delegates[1].id);
    expect(
      second.body.totals.map((x: { constituency: string; turns: number }) => [
        x.constituency,
        x.turns,
      ]),
    ).toEqual([
      ['local_government', 1],
      ['national_government', 1],
    ]);
    expect((await next().expect(200)).body.current.participant.id).toBe(s.delegates[0].id);
    await end().expect(200);
    await settings({ mode: 'fifo', turnSeconds: 180 }).expect(200);
  });

  it('records a topic, a recommendation of this session', async () => {
    const rec = await submit(t.http, s.delegates[3], s.sessionId);
    const res = await ask(s.delegates[3], { topic: { recommendationId: rec.id } }).expect(201);
    expect(res.body.topic).toEqual({ recommendationId: rec.id });
    const called = await next().expect(200);
    expect(called.body.current.topic).toEqual({ recommendationId: rec.id });
    await end().expect(200);
  });

  it('answers 400 naming the field for bad input, and changes nothing', async () => {
    const before = await get();
    const cases: Array<[object, string]> = [
      [{ topic: { recommendationId: 'nope' } }, 'topic.recommendationId must be a UUID'],
      [{ topic: {} }, 'topic must name exactly one'],
      [
        {
          topic: {
            recommendationId: '00000000-0000-4000-8000-000000000000',
            paragraphId: '00000000-0000-4000-8000-000000000001',
          },
        },
        'topic must name exactly one',
      ],
      [{ topic: { paragraphId: '00000000-0000-4000-8000-000000000001' } }, 'topic.paragraphId'],
      [
        { topic: { recommendationId: '00000000-0000-4000-8000-000000000000' } },
        'topic.recommendationId must be a submitted recommendation',
      ],
      [{ topic: 'x' }, 'topic'],
      [{ extra: 1 }, 'property extra should not exist'],
    ];
    for (const [body, message] of cases) {
      const res = await ask(s.delegates[4], body);
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body.message)).toContain(message);
    }
    const bad: Array<[object, string]> = [
      [{ mode: 'loudest', turnSeconds: 60 }, 'mode must be one of'],
      [{ mode: 'fifo', turnSeconds: 5 }, 'turnSeconds must not be less than 10'],
      [{ mode: 'fifo', turnSeconds: 99999 }, 'turnSeconds must not be greater than 3600'],
      [{ mode: 'fifo', turnSeconds: 1.5 }, 'turnSeconds must be an integer'],
      [{ mode: 'fifo' }, 'turnSeconds'],
    ];
    for (const [body, message] of bad) {
      const res = await settings(body);
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body.message)).toContain(message);
    }
    expect(await get()).toEqual(before);
    expect((await t.http.get('/api/v1/sessions/nope/speakers').set(s.moderator.auth)).status).toBe(
      400,
    );
  });

  it('leaves one audit entry per action, with the actor', async () => {
    const audit = await t.http
      .get(`/api/v1/audit?conferenceId=${s.conferenceId}&limit=200`)
      .set(s.admin.auth)
      .expect(200);
    const actions = (audit.body.items as Array<{ action: string }>)
      .map((e) => e.action)
      .filter((a) => a.startsWith('speakers.'));
    const count = (a: string) => actions.filter((x) => x === a).length;
    expect(count('speakers.request')).toBe(7);
    expect(count('speakers.withdraw')).toBe(2);
    expect(count('speakers.next')).toBe(5);
    expect(count('speakers.end')).toBe(3);
    expect(count('speakers.settings')).toBe(2);
  });

  it('refuses other roles and other sessions’ moderators; ends a turn after the session closes', async () => {
    const other = await createAndSignIn(t.http, s.admin, {
      role: 'moderator',
      conferenceId: s.conferenceId,
    });
    expect((await t.http.post(api('/next')).set(other.auth)).status).toBe(403);
    expect((await ask(s.moderator)).status).toBe(403);
    expect((await ask(s.observer)).status).toBe(403);
    await ask(s.delegates[5]).expect(201);
    await t.http.post(api('/next')).set(s.admin.auth).expect(200);
    await transition(t.http, s.moderator, s.sessionId, 'close');
    expect((await ask(s.delegates[4])).status).toBe(409);
    expect((await next()).status).toBe(409);
    const ended = await end().expect(200);
    expect(ended.body.current).toBeNull();
  });

  it('reports turns and speaking time per constituency in the outcome document’s annex C', async () => {
    const report = await t.http
      .post(`/api/v1/conferences/${s.conferenceId}/reports`)
      .set(s.admin.auth)
      .send({})
      .expect(201);
    const doc = (await t.http.get(`/api/v1/reports/${report.body.id}`).set(s.admin.auth)).body;
    const list = await get();
    expect(doc.annexC.speaking).toEqual(list.totals);
    expect(
      doc.annexC.speaking.map((r: { constituency: string; turns: number }) => [
        r.constituency,
        r.turns,
      ]),
    ).toEqual([
      ['local_government', 2],
      ['regional_government', 1],
      ['national_government', 1],
      ['international_organisation', 1],
      ['migrant_diaspora_organisation', 1],
    ]);
    const md = (await download(t.http, s.admin, report.body.id, 'md')).body.toString('utf8');
    expect(md).toContain('Speaking time (min:s)');
    expect(md).toMatch(/Local government[^\n]*\| 2 \|/);
  });
});
