import { createAndSignIn, createConference, type SignedIn } from '../support/actors';
import { createSession, scenario, transition, type Scenario } from '../support/scenario';
import { startTestApp, type TestApp } from '../support/test-app';
import { download } from './support';

describe('outcome document: who may, and what is refused', () => {
  let t: TestApp;
  let s: Scenario;
  let otherSecretariat: SignedIn;
  let reportId: string;
  let openSessionId: string;

  beforeAll(async () => {
    t = await startTestApp();
    s = await scenario(t.http, { delegates: 1 });
    const other = await createConference(t.http, s.admin);
    otherSecretariat = await createAndSignIn(t.http, s.admin, {
      role: 'secretariat',
      conferenceId: other.id,
    });
    openSessionId = await createSession(t.http, s.admin, s.conferenceId, [s.moderator.id]);
    await transition(t.http, s.moderator, openSessionId, 'open');
  });
  afterAll(() => t.close());

  const compile = (actor: SignedIn, body: object = {}, conferenceId = s.conferenceId) =>
    t.http.post(`/api/v1/conferences/${conferenceId}/reports`).set(actor.auth).send(body);

  it('refuses to compile with no closed session: 409 with a clear message', async () => {
    const res = await compile(s.admin);
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/^No closed session to compile/);
  });

  it('compiles a closed session without recommendations into a document without chapters', async () => {
    await transition(t.http, s.moderator, s.sessionId, 'open');
    await transition(t.http, s.moderator, s.sessionId, 'close');
    const res = await compile(s.admin);
    expect(res.status).toBe(201);
    reportId = res.body.id;
    const doc = (await t.http.get(`/api/v1/reports/${reportId}`).set(s.admin.auth)).body;
    expect(doc.chapters).toEqual([]);
    expect(doc.annexA).toEqual([]);
    // The whole programme, the open session too.
    expect(doc.annexB).toHaveLength(2);
  });

  it('names the offending sessionIds entry (400)', async () => {
    const res = await compile(s.admin, {
      sessionIds: [s.sessionId, openSessionId, '00000000-0000-4000-8000-000000000000'],
    });
    expect(res.status).toBe(400);
    expect(res.body.message).toEqual([
      'sessionIds.1 is not a closed session (it is open)',
      'sessionIds.2 is not a session of this conference',
    ]);
    expect((await compile(s.admin, { sessionIds: [] })).status).toBe(400);
    expect((await compile(s.admin, { sessionIds: 'all' })).status).toBe(400);
  });

  it("accepts only one of the conference's languages (400)", async () => {
    const english = await createConference(t.http, s.admin, { languages: ['en', 'fr'] });
    const res = await compile(s.admin, { language: 'es' }, english.id);
    expect(res.status).toBe(400);
    expect(res.body.message).toEqual([
      "language must be one of the conference's languages: en, fr",
    ]);
    expect((await compile(s.admin, { language: 'de' })).status).toBe(400);
  });

  it('answers 400 naming format for an unknown or missing format', async () => {
    for (const query of ['format=exe', '']) {
      const res = await t.http
        .get(`/api/v1/reports/${reportId}/download?${query}`)
        .set(s.admin.auth);
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body.message)).toContain('format must be one of');
    }
  });

  it('refuses delegates, moderators and observers (403)', async () => {
    for (const actor of [s.delegates[0], s.moderator, s.observer]) {
      expect((await compile(actor)).status).toBe(403);
      for (const path of [
        `/conferences/${s.conferenceId}/reports`,
        `/reports/${reportId}`,
        `/reports/${reportId}/download?format=pdf`,
      ]) {
        expect((await t.http.get(`/api/v1${path}`).set(actor.auth)).status).toBe(403);
      }
      const finalize = await t.http.post(`/api/v1/reports/${reportId}/finalize`).set(actor.auth);
      expect(finalize.status).toBe(403);
    }
  });

  it("hides another conference's reports from its secretariat (404)", async () => {
    expect((await compile(otherSecretariat)).status).toBe(404);
    for (const path of [
      `/conferences/${s.conferenceId}/reports`,
      `/reports/${reportId}`,
      `/reports/${reportId}/download?format=json`,
    ]) {
      expect((await t.http.get(`/api/v1${path}`).set(otherSecretariat.auth)).status).toBe(404);
    }
    expect(
      (await t.http.post(`/api/v1/reports/${reportId}/finalize`).set(otherSecretariat.auth)).status,
    ).toBe(404);
    expect((await download(t.http, otherSecretariat, reportId, 'md')).status).toBe(404);
  });

  it('answers 404 for an unknown version and 400 for a malformed id', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await t.http.get(`/api/v1/reports/${unknown}`).set(s.admin.auth)).status).toBe(404);
    expect((await t.http.get('/api/v1/reports/nope').set(s.admin.auth)).status).toBe(400);
    expect((await compile(s.admin, {}, unknown)).status).toBe(404);
  });
});
