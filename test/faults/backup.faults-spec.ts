import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import type { RecommendationView } from '#contract';
import type { SignedIn } from '../support/actors';
import { startAppProcess, type AppProcess } from '../support/app-process';
import { manyDelegates, scenario, submit, transition, type Scenario } from '../support/scenario';
import { ADMIN } from '../support/test-app';
import { flood, Ledger } from './flood';
import { brokenInvariants, openReadOnly, storedState } from './invariants';

const BACKUP = join(__dirname, '..', '..', 'dist', 'src', 'database', 'backup.js');
const BACKUPS = 3;

/** Runs the built `npm run backup` command as an operator would, beside the running server. */
function runBackup(
  env: Record<string, string>,
  out: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [BACKUP, '--out', out], {
    env: { ...process.env, ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

describe('online backup during a write flood, and restore', () => {
  const folder = mkdtempSync(join(tmpdir(), 'agora-backup-'));
  const path = join(folder, 'agora.sqlite');
  const env = {
    DATABASE_URL: `sqlite:${path}`,
    JWT_SECRET: randomBytes(32).toString('hex'),
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    THROTTLE_PER_MINUTE: '1000000',
    SOCKET_MESSAGES_PER_SECOND: '10000',
  };
  const ledger = new Ledger();
  let app: AppProcess | undefined;
  let s: Scenario;
  let voters: SignedIn[];

  beforeAll(async () => {
    app = await startAppProcess(env);
    const http = request(app.url);
    s = await scenario(http, { delegates: 1 });
    voters = await manyDelegates(http, s.admin, s.conferenceId, 8);
    await transition(http, s.moderator, s.sessionId, 'open');
    const title = 'seed';
    ledger.submitted.set((await submit(http, voters[0], s.sessionId, { title })).id, title);
  }, 60_000);

  afterAll(async () => {
    if (app && app.child.exitCode === null && app.child.signalCode === null) {
      app.child.kill('SIGKILL');
      await app.exited;
    }
    rmSync(folder, { recursive: true, force: true });
  });

  it('copies a consistent snapshot while votes pour in, and the copy restores', async () => {
    const stop = new AbortController();
    const writing = flood({
      url: app!.url,
      sessionId: s.sessionId,
      voters,
      overSocket: (i) => i % 2 === 1,
      ledger,
      tag: 'b',
      signal: stop.signal,
    });
    const copies: string[] = [];
    try {
      for (let i = 0; i < BACKUPS; i++) {
        // Everything acknowledged before the backup starts must be in it.
        const before = new Map(ledger.submitted);
        const votesBefore = ledger.acknowledged.votes;
        const out = join(folder, `backup-${i}.sqlite`);
        const result = await runBackup(env, out);
        expect(result).toMatchObject({ code: 0, stderr: '' });
        expect(result.stdout).toContain(out);
        // The flood really was running across the backup.
        expect(ledger.acknowledged.votes).toBeGreaterThan(votesBefore);

        const copy = openReadOnly(out);
        try {
          expect(brokenInvariants(copy)).toEqual([]);
          const stored = storedState(copy, s.sessionId);
          for (const [id, title] of before) expect(stored.recommendations.get(id)).toBe(title);
          expect(stored.votes.size).toBeGreaterThan(0);
        } finally {
          copy.close();
        }
        copies.push(out);
      }
    } finally {
      stop.abort();
      await writing;
    }
    expect(ledger.unexpected).toEqual([]);

    // Restore (README): stop the server, replace the file, delete -wal and -shm, start.
    app!.child.kill('SIGTERM');
    await app!.exited;
    const restored = copies[copies.length - 1];
    copyFileSync(restored, path);
    rmSync(`${path}-wal`, { force: true });
    rmSync(`${path}-shm`, { force: true });
    app = await startAppProcess(env);

    const db = openReadOnly(restored);
    const expected = storedState(db, s.sessionId);
    const tallies = db
      .prepare(
        `SELECT "id", "supportCount" AS "support", "opposeCount" AS "oppose", "abstainCount" AS "abstain" FROM "recommendations" WHERE "sessionId" = ?`,
      )
      .all(s.sessionId) as Array<{ id: string; support: number; oppose: number; abstain: number }>;
    db.close();
    const res = await request(app.url)
      .get(`/api/v1/sessions/${s.sessionId}/recommendations`)
      .set(s.observer.auth)
      .query({ limit: 500 });
    expect(res.status).toBe(200);
    const served = new Map((res.body as RecommendationView[]).map((r) => [r.id, r.tally]));
    expect(served.size).toBe(expected.recommendations.size);
    for (const { id, ...tally } of tallies) expect(served.get(id)).toEqual(tally);
  }, 120_000);
});
