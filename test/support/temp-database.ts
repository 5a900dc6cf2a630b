import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import type { DatabaseConfig } from '../../src/config/app-config';

export interface TemporaryDatabase {
  config: DatabaseConfig;
  /** A DATABASE_URL for the same database (for child processes). */
  url: string;
  /** A folder of its own, for files a test writes beside the database. */
  folder: string;
  remove(): Promise<void>;
}

/**
 * The e2e suites' throwaway database: a SQLite file in its own folder by default, or, when
 * TEST_POSTGRES_URL points at a PostgreSQL server (`npm run test:postgres`), a database created
 * for this test file alone and dropped afterwards.
 */
export async function temporaryDatabase(): Promise<TemporaryDatabase> {
  const folder = mkdtempSync(join(tmpdir(), 'agora-test-'));
  const server = process.env.TEST_POSTGRES_URL;
  if (!server) {
    const path = join(folder, 'agora.sqlite');
    return {
      folder,
      url: `sqlite:${path}`,
      config: { type: 'sqlite', path, synchronous: 'NORMAL' },
      remove: () => Promise.resolve(rmSync(folder, { recursive: true, force: true })),
    };
  }
  const name = `agora_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    folder,
    url: url.toString(),
    config: { type: 'postgres', url: url.toString(), poolSize: 10 },
    remove: async () => {
      rmSync(folder, { recursive: true, force: true });
      const client = new Client({ connectionString: server });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** A throwaway SQLite file in its own folder, for the tests that are about SQLite itself. */
export function temporarySqlite(): { config: DatabaseConfig; folder: string; remove(): void } {
  const folder = mkdtempSync(join(tmpdir(), 'agora-test-'));
  return {
    folder,
    config: { type: 'sqlite', path: join(folder, 'agora.sqlite'), synchronous: 'NORMAL' },
    remove: () => rmSync(folder, { recursive: true, force: true }),
  };
}
