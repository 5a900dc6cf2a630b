import Database from 'better-sqlite3';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { temporarySqlite } from '../../test/support/temp-database';
import { runBackupCommand } from './backup';
import { createDataSource } from './data-source';

const SECRET = 'test-secret-that-is-long-enough-0123456789';

function capture() {
  const text: string[] = [];
  return { write: (chunk: string) => text.push(chunk), text: () => text.join('') };
}

async function backup(argv: string[], env: Record<string, string>) {
  const stdout = capture();
  const stderr = capture();
  const code = await runBackupCommand(argv, { JWT_SECRET: SECRET, ...env }, stdout, stderr);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

describe('npm run backup', () => {
  const db = temporarySqlite();
  const env = { DATABASE_URL: `sqlite:${db.config.type === 'sqlite' ? db.config.path : ''}` };
  let dataSource: DataSource;

  beforeAll(async () => {
    dataSource = await createDataSource(db.config).initialize();
    await dataSource.runMigrations();
  });
  afterAll(async () => {
    if (dataSource.isInitialized) await dataSource.destroy();
    db.remove();
  });

  it('copies an open WAL database into one checked, self-contained file', async () => {
    const out = join(db.folder, 'copy.sqlite');
    const result = await backup(['--out', out], env);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(out);
    expect(result.stdout).toMatch(/integrity ok/);
    expect(existsSync(`${out}.partial`)).toBe(false);
    expect(statSync(out).mode & 0o777).toBe(0o600);
    const copy = new Database(out, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
  });

  it('creates the folder of --out when it does not exist yet (backups/ on a fresh checkout)', async () => {
    const out = join(db.folder, 'backups', 'nested', 'copy.sqlite');
    const result = await backup(['--out', out], env);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(existsSync(out)).toBe(true);
    // Owner-only, like the database: the folders it created and the copy.
    expect(statSync(join(db.folder, 'backups')).mode & 0o777).toBe(0o700);
    expect(statSync(join(db.folder, 'backups', 'nested')).mode & 0o777).toBe(0o700);
    expect(statSync(out).mode & 0o777).toBe(0o600);
  });

  it('copies a database no server has open (no -wal or -shm file)', async () => {
    await dataSource.destroy();
    const out = join(db.folder, 'closed.sqlite');
    expect(await backup(['--out', out], env)).toMatchObject({ code: 0, stderr: '' });
  });

  it('never overwrites a file', async () => {
    const out = join(db.folder, 'taken.sqlite');
    writeFileSync(out, 'an older backup');
    const result = await backup(['--out', out], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('already exists');
  });

  it('refuses PostgreSQL and points to pg_dump', async () => {
    const result = await backup(['--out', join(db.folder, 'pg.sqlite')], {
      DATABASE_URL: 'postgres://agora:agora@127.0.0.1:1/agora',
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('pg_dump');
  });

  it('answers wrong usage with the usage and exit code 2', async () => {
    for (const argv of [[], ['--out'], ['--into', 'x.sqlite'], ['x.sqlite']]) {
      const result = await backup(argv, env);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('usage: npm run backup -- --out <file>');
    }
  });
});
