import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
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

const ROUNDS = Number(process.env.FAULT_ROUNDS ?? 50);
const VOTERS = 12;
/** The kill lands uniformly in this window after the flood starts (sockets connecting included). */
const KILL_WINDOW_MS = 800;
const SYNCHRONOUS = process.env.SQLITE_SYNCHRONOUS ?? 'NORMAL';

/**
 * The app as a child process on a SQLite file, SIGKILLed at random moments of a flood of votes,
 * vote changes, withdrawals and submissions (half the voters over REST, half over the socket),
 * then restarted on the same file, which must hold every write that was acknowledged, be sound,
 * and keep its audit entries and tallies equal to its rows. Group commit (several queued
 * transactions in one SQLite transaction, nobody answered before the commit) is what is at stake.
 */
describe(`crash consistency (SQLite, synchronous=${SYNCHRONOUS})`, () => {
  const folder = mkdtempSync(join(tmpdir(), 'agora-faults-'));
  const path = join(folder, 'agora.sqlite');
  const env = {
    DATABASE_URL: `sqlite:${path}`,
    SQLITE_SYNCHRONOUS: SYNCHRONOUS,
    JWT_SECRET: randomBytes(32).toString('hex'),
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    // The flood comes from one address and a few sockets: the abuse limits are not under test.
    THROTTLE_PER_MINUTE: '1000000',
    SOCKET_MESSAGES_PER_SECOND: '10000',
  };
  const ledger = new Ledger();
  let checkMs = 0;
  let app: AppProcess | undefined;
  let s: Scenario;
  let voters: SignedIn[];

  beforeAll(async () => {
    app = await startAppProcess(env);
    const http = request(app.url);
    s = await scenario(http, { delegates: 1 });
    voters = await manyDelegates(http, s.admin, s.conferenceId, VOTERS);
    await transition(http, s.moderator, s.sessionId, 'open');
    for (let i = 0; i < 3; i++) {
      const title = `seed-${i}`;
      ledger.submitted.set((await submit(http, voters[i], s.sessionId, { title })).id, title);
    }
  }, 60_000);

  afterAll(async () => {
    if (app && app.child.exitCode === null && app.child.signalCode === null) {
      app.child.kill('SIGKILL');
      await app.exited;
    }
    rmSync(folder, { recursive: true, force: true });
  });

  /** Reads the file beside the freshly restarted app, which has recovered it. */
  function check(round: number): void {
    const started = Date.now();
    const db = openReadOnly(path);
    try {
      const stored = storedState(db, s.sessionId);
      const problems = [...brokenInvariants(db), ...ledger.compare(stored, voters)];
      expect({ round, problems }).toEqual({ round, problems: [] });
      ledger.settle(stored);
    } finally {
      db.close();
      checkMs += Date.now() - started;
    }
  }

  it(`keeps every acknowledged write across ${ROUNDS} SIGKILLs`, async () => {
    const started = Date.now();
    let startupMs = 0;
    let inFlightAtKill = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      check(round);
      const running = app!;
      const writing = flood({
        url: running.url,
        sessionId: s.sessionId,
        voters,
        overSocket: (i) => i % 2 === 1,
        ledger,
        tag: `r${round}`,
      });
      await new Promise((resolve) => setTimeout(resolve, Math.random() * KILL_WINDOW_MS));
      running.child.kill('SIGKILL');
      await running.exited;
      await writing;
      inFlightAtKill += ledger.inFlight.size;
      const restart = Date.now();
      app = await startAppProcess(env);
      startupMs += Date.now() - restart;
    }
    check(ROUNDS + 1);
    expect(ledger.unexpected).toEqual([]);

    // The restarted app serves what the file holds: every acknowledged recommendation, its tally.
    const listed = await listAll(app!.url, s.sessionId, s.observer);
    const db = openReadOnly(path);
    const counters = new Map(
      (
        db
          .prepare(
            `SELECT "id", "supportCount" AS "support", "opposeCount" AS "oppose", "abstainCount" AS "abstain" FROM "recommendations" WHERE "sessionId" = ?`,
          )
          .all(s.sessionId) as Array<{
          id: string;
          support: number;
          oppose: number;
          abstain: number;
        }>
      ).map(({ id, ...tally }) => [id, tally]),
    );
    db.close();
    for (const [id] of ledger.submitted) expect(listed.get(id)?.tally).toEqual(counters.get(id));

    const seconds = (Date.now() - started) / 1000;
    console.log(
      `${ROUNDS} SIGKILLs in ${seconds.toFixed(1)} s (restart to healthy: ${Math.round(startupMs / ROUNDS)} ms, checks: ${Math.round(checkMs / (ROUNDS + 1))} ms on average); ` +
        `acknowledged ${ledger.acknowledged.votes} votes and ${ledger.acknowledged.submissions} submissions, ` +
        `${inFlightAtKill} writes in flight at the kills (${ledger.unacknowledged.stored} of those that would change something committed, ${ledger.unacknowledged.lost} not); ` +
        `${ledger.submitted.size} recommendations stored`,
    );
    app!.child.kill('SIGTERM');
    await app!.exited;
  }, 600_000);
});

async function listAll(
  url: string,
  sessionId: string,
  who: SignedIn,
): Promise<Map<string, RecommendationView>> {
  const http = request(url);
  const all = new Map<string, RecommendationView>();
  for (let offset = 0; ; offset += 500) {
    const res = await http
      .get(`/api/v1/sessions/${sessionId}/recommendations`)
      .set(who.auth)
      .query({ limit: 500, offset });
    expect(res.status).toBe(200);
    for (const r of res.body as RecommendationView[]) all.set(r.id, r);
    if ((res.body as unknown[]).length < 500) return all;
  }
}
