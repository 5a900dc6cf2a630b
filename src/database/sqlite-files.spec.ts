import { chmodSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config/app-config';
import { createDataSource } from './data-source';

const mode = (path: string) => statSync(path).mode & 0o777;

describe('database files are the owner’s only', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'agora-files-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('creates the data folder 0700 and the database, its -wal and -shm files 0600', async () => {
    const folder = join(root, 'data', 'nested');
    const path = join(folder, 'agora.sqlite');
    const dataSource = await createDataSource({
      type: 'sqlite',
      path,
      synchronous: 'NORMAL',
    }).initialize();
    try {
      await dataSource.runMigrations();
      await dataSource.query('SELECT COUNT(*) FROM "participants"');
      expect(mode(join(root, 'data'))).toBe(0o700);
      expect(mode(folder)).toBe(0o700);
      for (const file of [path, `${path}-wal`, `${path}-shm`]) {
        expect(existsSync(file)).toBe(true);
        expect(mode(file)).toBe(0o600);
      }
    } finally {
      await dataSource.destroy();
    }
  });

  it('makes an existing database’s files 0600 when it opens them, leaving the folder alone', async () => {
    const path = join(root, 'agora.sqlite');
    const first = await createDataSource({
      type: 'sqlite',
      path,
      synchronous: 'NORMAL',
    }).initialize();
    await first.runMigrations();
    await first.destroy();
    chmodSync(root, 0o755);
    chmodSync(path, 0o644); // as an older version left it
    const again = await createDataSource({
      type: 'sqlite',
      path,
      synchronous: 'NORMAL',
    }).initialize();
    try {
      await again.query('SELECT COUNT(*) FROM "participants"');
      expect(mode(path)).toBe(0o600);
      expect(mode(`${path}-wal`)).toBe(0o600);
      expect(mode(root)).toBe(0o755);
    } finally {
      await again.destroy();
    }
  });

  it('creates the folder of the generated JWT secret 0700', () => {
    const folder = join(root, 'fresh');
    loadConfig({ NODE_ENV: 'development', DATABASE_URL: `sqlite:${join(folder, 'a.sqlite')}` });
    expect(mode(folder)).toBe(0o700);
    expect(mode(join(folder, '.jwt-secret'))).toBe(0o600);
  });
});
