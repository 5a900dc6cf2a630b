import { ADMIN, startTestApp, TEST_JWT_SECRET, type TestApp } from '../support/test-app';
import { createAndSignIn, signIn, signInAdmin, type SignedIn } from '../support/actors';
import { craftToken, nowSeconds } from '../support/tokens';
import { AuditEntry } from '../../src/audit/audit-entry.entity';

describe('sign-in and tokens', () => {
  let t: TestApp;
  let admin: SignedIn;
  let delegate: SignedIn;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signInAdmin(t.http);
    delegate = await createAndSignIn(t.http, admin);
  });
  afterAll(() => t.close());

  it('signs in with the right access code and shows the participant', async () => {
    const res = await t.http
      .post('/api/v1/auth/login')
      .send({ email: ADMIN.email.toUpperCase(), password: ADMIN.password });
    expect(res.status).toBe(200);
    expect(res.body.accessToken.split('.')).toHaveLength(3);
    expect(res.body.participant).toMatchObject({ email: ADMIN.email, role: 'secretariat' });
    expect(res.body.participant.secretHash).toBeUndefined();

    const me = await t.http
      .get('/api/v1/auth/me')
      .set({ Authorization: `Bearer ${res.body.accessToken}` });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ email: ADMIN.email, role: 'secretariat', active: true });
  });

  it('refuses a wrong access code and an unknown email with the same 401', async () => {
    const wrong = await t.http
      .post('/api/v1/auth/login')
      .send({ email: ADMIN.email, password: 'not-the-password' });
    const unknown = await t.http
      .post('/api/v1/auth/login')
      .send({ email: 'nobody@agora.test', password: 'whatever' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.message).toEqual(unknown.body.message);
    expect(wrong.body.accessToken).toBeUndefined();
  });

  it('writes an audit entry for every sign-in, and for failed ones of known accounts', async () => {
    const entries = await t.dataSource.getRepository(AuditEntry).findBy({ actorId: delegate.id });
    expect(entries.map((e) => e.action)).toContain('auth.login');
    await t.http.post('/api/v1/auth/login').send({ email: delegate.email, password: 'wrong' });
    const failed = await t.dataSource
      .getRepository(AuditEntry)
      .findBy({ actorId: delegate.id, action: 'auth.login_failed' });
    expect(failed).toHaveLength(1);
    expect(JSON.stringify(failed[0].details)).not.toContain('wrong"');
  });

  it('refuses a deactivated participant at sign-in and on every request, even with a valid token', async () => {
    const victim = await createAndSignIn(t.http, admin);
    expect((await t.http.get('/api/v1/auth/me').set(victim.auth)).status).toBe(200);
    const patch = await t.http
      .patch(`/api/v1/participants/${victim.id}`)
      .set(admin.auth)
      .send({ active: false });
    expect(patch.status).toBe(200);
    expect(patch.body.active).toBe(false);
    expect((await t.http.get('/api/v1/auth/me').set(victim.auth)).status).toBe(401);
  });

  describe('a request without a valid token gets 401', () => {
    const claims = () => ({
      sub: delegate.id,
      aud: 'agora',
      iss: 'agora',
      iat: nowSeconds(),
      exp: nowSeconds() + 3600,
    });
    const cases: Array<[string, () => Record<string, string>]> = [
      ['no Authorization header', () => ({})],
      [
        'a non-bearer scheme',
        () => ({ Authorization: `Basic ${Buffer.from('a:b').toString('base64')}` }),
      ],
      ['garbage', () => ({ Authorization: 'Bearer not.a.jwt' })],
      ['alg:none', () => ({ Authorization: `Bearer ${craftToken(claims(), { alg: 'none' })}` })],
      [
        'a wrong signature',
        () => ({ Authorization: `Bearer ${craftToken(claims(), { secret: 'another-secret' })}` }),
      ],
      [
        'another algorithm with the right key',
        () => ({
          Authorization: `Bearer ${craftToken(claims(), { alg: 'HS512', secret: TEST_JWT_SECRET })}`,
        }),
      ],
      [
        'an expired token',
        () => ({
          Authorization: `Bearer ${craftToken({ ...claims(), exp: nowSeconds() - 10 }, { secret: TEST_JWT_SECRET })}`,
        }),
      ],
      [
        'a wrong audience',
        () => ({
          Authorization: `Bearer ${craftToken({ ...claims(), aud: 'other' }, { secret: TEST_JWT_SECRET })}`,
        }),
      ],
      [
        'an unknown subject',
        () => ({
          Authorization: `Bearer ${craftToken({ ...claims(), sub: '00000000-0000-4000-8000-000000000000' }, { secret: TEST_JWT_SECRET })}`,
        }),
      ],
    ];
    it.each(cases)('%s', async (_name, headers) => {
      const res = await t.http.get('/api/v1/auth/me').set(headers());
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
    });

    it('but a well-formed token of our own is accepted', async () => {
      const res = await t.http
        .get('/api/v1/auth/me')
        .set({ Authorization: `Bearer ${craftToken(claims(), { secret: TEST_JWT_SECRET })}` });
      expect(res.status).toBe(200);
    });
  });

  it('forbids a delegate a secretariat route with 403', async () => {
    const res = await t.http.get('/api/v1/participants').set(delegate.auth);
    expect(res.status).toBe(403);
    expect(res.body.error).toBe('Forbidden');
  });

  it('validates the sign-in body, naming the field', async () => {
    const res = await t.http
      .post('/api/v1/auth/login')
      .send({ email: 'not-an-email', password: '' });
    expect(res.status).toBe(400);
    expect(res.body.message).toEqual(
      expect.arrayContaining([expect.stringMatching(/^email/), expect.stringMatching(/^password/)]),
    );
  });

  it('lets the secretariat re-issue a lost access code; the old one stops working', async () => {
    const res = await t.http.post('/api/v1/participants').set(admin.auth).send({
      name: 'Lost Code',
      email: 'lost@agora.test',
      organisation: 'Org',
      constituency: 'academia',
      country: 'FR',
      role: 'delegate',
    });
    const reissued = await t.http
      .post(`/api/v1/participants/${res.body.id}/access-code`)
      .set(admin.auth);
    expect(reissued.status).toBe(201);
    expect(reissued.body.accessCode).not.toEqual(res.body.accessCode);
    expect(
      (
        await t.http
          .post('/api/v1/auth/login')
          .send({ email: 'lost@agora.test', password: res.body.accessCode })
      ).status,
    ).toBe(401);
    await expect(
      signIn(t.http, 'lost@agora.test', reissued.body.accessCode),
    ).resolves.toMatchObject({ id: res.body.id });
  });
});
