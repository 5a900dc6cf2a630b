import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { createAndSignIn, signInAdmin } from '../support/actors';
import { startTestApp, type TestApp } from '../support/test-app';

describe('abuse limits and security headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { THROTTLE_PER_MINUTE: '300' } });
  });
  afterAll(() => t.close());

  const failedSignIns = (participantId: string) =>
    t.dataSource
      .getRepository(AuditEntry)
      .countBy({ action: 'auth.login_failed', actorId: participantId });

  it('answers 429 after five failed sign-ins for one email, even with the right code, and not for others', async () => {
    const admin = await signInAdmin(t.http);
    const victim = await createAndSignIn(t.http, admin);
    const other = await createAndSignIn(t.http, admin);
    for (let i = 0; i < 5; i++) {
      expect(
        (
          await t.http
            .post('/api/v1/auth/login')
            .send({ email: victim.email, password: `guess-${i}` })
        ).status,
      ).toBe(401);
    }
    const locked = await t.http
      .post('/api/v1/auth/login')
      .send({ email: victim.email.toUpperCase(), password: 'guess-6' });
    expect(locked.status).toBe(429);
    expect(locked.body.message).toMatch(/Too many failed sign-ins/);
    // Other accounts behind the same address are not affected.
    expect(
      (await t.http.post('/api/v1/auth/login').send({ email: other.email, password: 'wrong' }))
        .status,
    ).toBe(401);
    // And the victim's existing token still works: only guessing is slowed down.
    expect((await t.http.get('/api/v1/auth/me').set(victim.auth)).status).toBe(200);
  });

  it('checks at most five of 200 concurrent wrong sign-ins for one email; the rest, then the right code, 429', async () => {
    const admin = await signInAdmin(t.http);
    const victim = await createAndSignIn(t.http, admin);
    const before = await failedSignIns(victim.id);
    const statuses = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        t.http
          .post('/api/v1/auth/login')
          .send({ email: victim.email, password: `guess-${i}` })
          .then((res) => res.status),
      ),
    );
    const count = (status: number) => statuses.filter((s) => s === status).length;
    // A 401 is a code that was checked: no more than the limit, whatever the concurrency.
    expect({ 401: count(401), 429: count(429) }).toEqual({ 401: 5, 429: 195 });
    expect((await failedSignIns(victim.id)) - before).toBe(5);
    const right = await t.http
      .post('/api/v1/auth/login')
      .send({ email: victim.email, password: victim.password });
    expect(right.status).toBe(429);
  });

  it('lets a locked-out delegate in with a fresh code from the secretariat, whose list shows the lockout', async () => {
    const admin = await signInAdmin(t.http);
    const victim = await createAndSignIn(t.http, admin);
    const listed = async () => {
      const res = await t.http
        .get(`/api/v1/participants?q=${encodeURIComponent(victim.email)}`)
        .set(admin.auth);
      return res.body.items[0] as { id: string; signInLockedUntil: string | null };
    };
    expect((await listed()).signInLockedUntil).toBeNull();
    for (let i = 0; i < 5; i++)
      await t.http.post('/api/v1/auth/login').send({ email: victim.email, password: `x-${i}` });
    expect(
      (
        await t.http
          .post('/api/v1/auth/login')
          .send({ email: victim.email, password: victim.password })
      ).status,
    ).toBe(429);
    const until = Date.parse((await listed()).signInLockedUntil ?? '');
    expect(until).toBeGreaterThan(Date.now());
    expect(until).toBeLessThanOrEqual(Date.now() + 60_000);
    const profile = await t.http.get(`/api/v1/participants/${victim.id}`).set(admin.auth);
    expect(profile.body.signInLockedUntil).toBe(new Date(until).toISOString());
    // Others never see it, the participant included.
    const own = await t.http.get(`/api/v1/participants/${victim.id}`).set(victim.auth);
    expect(own.body).not.toHaveProperty('signInLockedUntil');

    const fresh = await t.http
      .post(`/api/v1/participants/${victim.id}/access-code`)
      .set(admin.auth);
    expect(fresh.status).toBe(201);
    const signedIn = await t.http
      .post('/api/v1/auth/login')
      .send({ email: victim.email, password: fresh.body.accessCode });
    expect(signedIn.status).toBe(200);
    expect((await listed()).signInLockedUntil).toBeNull();
  });

  it('limits requests per address per minute (THROTTLE_PER_MINUTE), with 429 and Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 320; i++) statuses.push((await t.http.get('/api/v1/frameworks')).status);
    const limited = statuses.indexOf(429);
    expect(limited).toBeGreaterThan(250);
    const res = await t.http.get('/api/v1/frameworks');
    expect(res.status).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('security headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('sends a real Content-Security-Policy and the usual hardening headers', async () => {
    const res = await t.http.get('/health');
    const csp = res.headers['content-security-policy'];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
    // No HSTS outside production (plain-HTTP development would be locked out).
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('sends HSTS in production', async () => {
    const prod = await startTestApp({
      env: {
        NODE_ENV: 'production',
        JWT_SECRET: 'k9$Qw2!xZr7@Lm4#Tb8^Vn1&Hs5*Pd3(Jf6)',
        ADMIN_PASSWORD: 'admin-password-12',
      },
    });
    try {
      const res = await prod.http.get('/health');
      expect(res.headers['strict-transport-security']).toMatch(/max-age=31536000/);
    } finally {
      await prod.close();
    }
  });

  it('allows CORS only for ALLOWED_ORIGINS', async () => {
    const cors = await startTestApp({ env: { ALLOWED_ORIGINS: 'https://agora.example.org' } });
    try {
      const allowed = await cors.http
        .options('/api/v1/auth/login')
        .set('Origin', 'https://agora.example.org')
        .set('Access-Control-Request-Method', 'POST');
      expect(allowed.headers['access-control-allow-origin']).toBe('https://agora.example.org');
      const refused = await cors.http
        .options('/api/v1/auth/login')
        .set('Origin', 'https://evil.example')
        .set('Access-Control-Request-Method', 'POST');
      expect(refused.headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      await cors.close();
    }
  });
});
