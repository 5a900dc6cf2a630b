import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { AuditEntry } from '../../src/audit/audit-entry.entity';
import { createApp } from '../../src/app.setup';
import { loadConfig } from '../../src/config/app-config';
import { DataSource } from 'typeorm';
import { createAndSignIn, signInAdmin, type SignedIn } from '../support/actors';
import { ADMIN, TEST_JWT_SECRET } from '../support/test-app';
import { temporaryDatabase, type TemporaryDatabase } from '../support/temp-database';

/**
 * Two instances on one PostgreSQL database share the sign-in lockout: concurrent wrong codes
 * sent to both are checked at most five times in all, not five times per instance.
 */
describe('the sign-in lockout across instances sharing PostgreSQL', () => {
  let db: TemporaryDatabase;
  const apps: NestExpressApplication[] = [];
  let a: TestAgent;
  let b: TestAgent;

  beforeAll(async () => {
    db = await temporaryDatabase();
    if (db.config.type !== 'postgres')
      throw new Error('run with npm run test:postgres (TEST_POSTGRES_URL)');
    for (let i = 0; i < 2; i++) {
      const app = await createApp(
        loadConfig({
          NODE_ENV: 'test',
          DATABASE_URL: db.url,
          JWT_SECRET: TEST_JWT_SECRET,
          ADMIN_EMAIL: ADMIN.email,
          ADMIN_PASSWORD: ADMIN.password,
          DEMO: '0',
          LOG_LEVEL: 'silent',
        }),
      );
      await app.init();
      apps.push(app);
    }
    [a, b] = apps.map((app) => request(app.getHttpServer()));
  }, 60_000);
  afterAll(async () => {
    for (const app of apps) await app.close();
    await db.remove();
  });

  it('checks at most five of 200 concurrent wrong codes sent to two instances; then 429 on both', async () => {
    const admin = await signInAdmin(a);
    const victim: SignedIn = await createAndSignIn(a, admin);
    const statuses = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        (i % 2 ? a : b)
          .post('/api/v1/auth/login')
          .send({ email: victim.email, password: `guess-${i}` })
          .then((res) => res.status),
      ),
    );
    const count = (status: number) => statuses.filter((s) => s === status).length;
    expect({ 401: count(401), 429: count(429) }).toEqual({ 401: 5, 429: 195 });
    const failed = await apps[0]
      .get(DataSource)
      .getRepository(AuditEntry)
      .countBy({ action: 'auth.login_failed', actorId: victim.id });
    expect(failed).toBe(5);
    for (const http of [a, b]) {
      const right = await http
        .post('/api/v1/auth/login')
        .send({ email: victim.email, password: victim.password });
      expect(right.status).toBe(429);
    }
  });
});
