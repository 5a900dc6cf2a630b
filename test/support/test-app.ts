import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.setup';
import { AppConfig, loadConfig } from '../../src/config/app-config';
import { temporaryDatabase } from './temp-database';

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-0123456789';
export const ADMIN = { email: 'admin@agora.test', password: 'admin-password-1' };

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  dataSource: DataSource;
  http: TestAgent;
  /** Base URL when started with `listen: true` (for socket clients). */
  url: string;
  close(): Promise<void>;
}

/**
 * The whole application on a throwaway SQLite file, migrated exactly as in production,
 * with the ADMIN_EMAIL bootstrap giving a first secretariat account.
 */
export async function startTestApp(
  options: { env?: Record<string, string>; listen?: boolean } = {},
): Promise<TestApp> {
  const db = await temporaryDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    JWT_SECRET: TEST_JWT_SECRET,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    DEMO: '0',
    LOG_LEVEL: 'silent',
    ...options.env,
  });
  const app = await createApp(config);
  let url = '';
  if (options.listen) {
    await app.listen(0, '127.0.0.1');
    const address = app.getHttpServer().address() as { port: number };
    url = `http://127.0.0.1:${address.port}`;
  } else {
    await app.init();
  }
  return {
    app,
    config,
    url,
    dataSource: app.get(DataSource),
    http: request(app.getHttpServer()),
    close: async () => {
      await app.close();
      await db.remove();
    },
  };
}
