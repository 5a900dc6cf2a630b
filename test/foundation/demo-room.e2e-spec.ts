import { io } from 'socket.io-client';
import { LiveSession, type LiveSocket } from '../../src/contract/live-session';
import type { SessionView } from '#contract';
import { DEMO_ACCESS_CODE, DEMO_ACCOUNTS, demoEmail } from '../../src/demo/demo-accounts';
import { parseDemoRoomArgs, runDemoRoom } from '../../scripts/demo-room';
import { Sql } from '../../src/database/sql';
import { signIn } from '../support/actors';
import { settleTallies } from '../support/stored-tallies';
import { startTestApp, type TestApp } from '../support/test-app';

const DELEGATES = DEMO_ACCOUNTS.filter((a) => a.role === 'delegate').length;

describe('npm run demo:room (simulated delegates in the open session)', () => {
  let t: TestApp;
  let watcher: LiveSession;
  let socket: LiveSocket;
  let session: SessionView;

  beforeAll(async () => {
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = () => true; // the demo prints its accounts
    try {
      t = await startTestApp({ listen: true, env: { DEMO: '1' } });
    } finally {
      process.stdout.write = write;
    }
    // The room screen watches, as on the projector.
    const screen = await signIn(t.http, demoEmail('room.screen'), DEMO_ACCESS_CODE);
    const [conference] = (await t.http.get('/api/v1/conferences').set(screen.auth)).body;
    const sessions: SessionView[] = (
      await t.http.get(`/api/v1/conferences/${conference.id}/sessions`).set(screen.auth)
    ).body;
    session = sessions.find((s) => s.status === 'open')!;
    socket = io(`${t.url}/live`, {
      auth: { token: screen.token },
      transports: ['websocket'],
      forceNew: true,
    });
    watcher = new LiveSession(socket, session.id);
    await watcher.join();
    // Seeding the demo conference takes seconds, many more on PostgreSQL on a busy machine.
  }, 120_000);
  afterAll(async () => {
    socket?.close();
    await t?.close();
  });

  /** Raw SQL with `?` placeholders on SQLite and PostgreSQL alike. */
  const sql = () => new Sql(t.dataSource.manager);
  const votesInDatabase = async () =>
    Number(
      (
        await sql().rows<{ n: string; action?: string }>(
          'SELECT COUNT(*) AS n FROM votes WHERE "sessionId" = ?',
          [session.id],
        )
      )[0].n,
    );

  it('signs every delegate in over the socket, votes and changes minds, and stops by itself', async () => {
    const before = new Map(
      [...watcher.state!.recommendations.values()].map((r) => [r.id, JSON.stringify(r.tally)]),
    );
    const lines: string[] = [];
    // The demo signs 25 delegates in before its clock starts: on a loaded host that alone took over
    // the default 10 s (CI of a7db2f6), so the room screen waits as long as the test may.
    const joined = watcher.until((s) => s.connected === DELEGATES + 1, 60_000);
    const stats = await runDemoRoom({
      url: t.url,
      minutes: 0.05,
      rate: 20,
      log: (line) => lines.push(line),
    });
    await joined;

    expect(stats).toMatchObject({
      session: session.title,
      delegates: DELEGATES,
      stoppedBy: 'time',
    });
    expect(stats.votes + stats.changes + stats.withdrawals).toBeGreaterThan(10);
    expect(lines[0]).toMatch(/^demo:room: 25 delegates in "Human rights of migrants"/);
    expect(lines.at(-1)).toMatch(/^demo:room: stopped \(time\): /);

    // The room screen saw the tallies move, and every delegate left when it stopped.
    const moved = await watcher.until((s) =>
      [...s.recommendations.values()].some((r) => before.get(r.id) !== JSON.stringify(r.tally)),
    );
    expect(moved.recommendations.size).toBeGreaterThan(0);
    await watcher.until((s) => s.connected === 1);

    // Tallies equal the vote rows (once settled: on PostgreSQL the broadcast interval stores
    // them), and every vote change went through the audit.
    await settleTallies(t, session.id);
    const drifted = await sql().rows<{ n: string; action?: string }>(
      `SELECT COUNT(*) AS n FROM recommendations r WHERE r."sessionId" = ? AND (
         r."supportCount" <> (SELECT COUNT(*) FROM votes v WHERE v."recommendationId" = r.id AND v.value = 'support')
      OR r."opposeCount" <> (SELECT COUNT(*) FROM votes v WHERE v."recommendationId" = r.id AND v.value = 'oppose')
      OR r."abstainCount" <> (SELECT COUNT(*) FROM votes v WHERE v."recommendationId" = r.id AND v.value = 'abstain'))`,
      [session.id],
    );
    expect(Number(drifted[0].n)).toBe(0);
    const audited = await sql().rows<{ n: string; action?: string }>(
      `SELECT action, COUNT(*) AS n FROM audit_entries WHERE "sessionId" = ? AND action LIKE 'vote.%' GROUP BY action`,
      [session.id],
    );
    const count = (action: string) => Number(audited.find((a) => a.action === action)?.n ?? 0);
    expect(count('vote.change')).toBeGreaterThanOrEqual(stats.changes);
    expect(await votesInDatabase()).toBe(count('vote.cast') - count('vote.withdraw'));
  }, 90_000);

  it('stops at once on Ctrl-C (the abort signal), closing every socket', async () => {
    const stop = new AbortController();
    const stats = await runDemoRoom({
      url: t.url,
      minutes: 5,
      rate: 5,
      signal: stop.signal,
      log: (line) => {
        if (line.includes('delegates in')) stop.abort();
      },
    });
    expect(stats.stoppedBy).toBe('signal');
    expect(stats.seconds).toBeLessThan(60);
    await watcher.until((s) => s.connected === 1);
  });

  it('says what is wrong with its options and with the server', async () => {
    expect(parseDemoRoomArgs([])).toEqual({ url: 'http://localhost:3000', minutes: 5, rate: 3 });
    expect(() => parseDemoRoomArgs(['--minutes', 'ten'])).toThrow(/--minutes must be/);
    expect(() => parseDemoRoomArgs(['--rate', '500'])).toThrow(/--rate must be/);
    expect(() => parseDemoRoomArgs(['--speed', '2'])).toThrow(/speed/);
    await expect(
      runDemoRoom({
        url: t.url,
        minutes: 1,
        rate: 1,
        session: 'Opening: addresses by the institutional partners',
        log: () => {},
      }),
    ).rejects.toThrow(/is scheduled: delegates can vote only while it is open or voting/);
    await expect(
      runDemoRoom({ url: 'http://127.0.0.1:9', minutes: 1, rate: 1, log: () => {} }),
    ).rejects.toThrow(/no Agora server at http:\/\/127.0.0.1:9/);
  });
});
