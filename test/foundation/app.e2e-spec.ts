import { Participant } from '../../src/participants/participant.entity';
import { signInAdmin } from '../support/actors';
import { ADMIN, startTestApp, type TestApp } from '../support/test-app';

describe('the application shell', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers /health once migrations are applied', async () => {
    const res = await t.http.get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok' });
  });

  it('serves the OpenAPI document generated from the DTOs', async () => {
    const page = await t.http.get('/api/docs');
    expect(page.status).toBe(200);
    expect(page.text).toContain('swagger');
    const doc = await t.http.get('/api/docs/json');
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/auth/login', '/api/v1/participants', '/api/v1/conferences']),
    );
    expect(doc.body.components.schemas.CreateParticipantDto.properties.email.maxLength).toBe(254);
  });

  it('creates the ADMIN_EMAIL secretariat account once, at start-up', async () => {
    const admins = await t.dataSource.getRepository(Participant).findBy({ email: ADMIN.email });
    expect(admins).toHaveLength(1);
    expect(admins[0]).toMatchObject({ role: 'secretariat', conferenceId: null, active: true });
  });

  it('answers malformed JSON with 400 in the API error shape', async () => {
    const res = await t.http
      .post('/api/v1/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"email": ');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      statusCode: 400,
      message: ['body is not valid JSON'],
      error: 'Bad Request',
      code: 'INVALID_INPUT',
    });
  });

  it('answers an oversized body with 413 and stores nothing', async () => {
    const admin = await signInAdmin(t.http);
    const before = await t.dataSource.getRepository(Participant).count();
    const res = await t.http
      .post('/api/v1/participants')
      .set(admin.auth)
      .send({
        name: 'x'.repeat(200 * 1024),
        email: 'big@agora.test',
        organisation: 'o',
        constituency: 'academia',
        country: 'BE',
        role: 'delegate',
      });
    expect(res.status).toBe(413);
    expect(res.body.statusCode).toBe(413);
    expect(await t.dataSource.getRepository(Participant).count()).toBe(before);
  });

  it('answers unknown routes with a JSON 404', async () => {
    const admin = await signInAdmin(t.http);
    const res = await t.http.get('/api/v1/nothing-here').set(admin.auth);
    expect(res.status).toBe(404);
    expect(res.body.statusCode).toBe(404);
  });

  it('serves the frameworks without sign-in', async () => {
    const res = await t.http.get('/api/v1/frameworks');
    expect(res.status).toBe(200);
    const gcm = res.body.find((f: { id: string }) => f.id === 'gcm-objectives');
    expect(gcm.themes).toHaveLength(23);
    expect(gcm.themes[0]).toMatchObject({ code: 'GCM-1', number: 1, shortTitle: 'Data' });
    expect(res.body.map((f: { id: string }) => f.id)).toContain('gcm-thematic-sessions-2017');
  });
});
