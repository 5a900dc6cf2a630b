import { LiveSession, type LiveSocket } from '../../src/contract/live-session';
import { Recommendation } from '../../src/recommendations/recommendation.entity';
import { Vote } from '../../src/votes/vote.entity';
import type { SignedIn } from '../support/actors';
import { connectLive } from '../support/live-client';
import { manyDelegates, scenario, submit, transition, type Scenario } from '../support/scenario';
import { settleTallies } from '../support/stored-tallies';
import { startTestApp, type TestApp } from '../support/test-app';

const VOTERS = 100;
const RECOMMENDATIONS = 20; // 100 × 20 = 2,000 votes

describe('a flood of 2,000 votes in one session', () => {
  let t: TestApp;
  let s: Scenario;
  let voters: SignedIn[];
  const sockets: LiveSocket[] = [];

  beforeAll(async () => {
    t = await startTestApp({ listen: true });
    s = await scenario(t.http, { delegates: 1 });
    voters = await manyDelegates(t.http, s.admin, s.conferenceId, VOTERS);
    await transition(t.http, s.moderator, s.sessionId, 'open');
  }, 60_000);
  afterAll(async () => {
    sockets.forEach((socket) => socket.close());
    await t.close();
  });

  it('costs each screen a bounded number of tally messages, and every screen ends with the database’s tallies', async () => {
    const recIds: string[] = [];
    for (let i = 0; i < RECOMMENDATIONS; i++)
      recIds.push(
        (await submit(t.http, s.delegates[0], s.sessionId, { title: `Recommendation ${i}` })).id,
      );

    const screens = await Promise.all(
      [s.observer, s.moderator, s.delegates[0]].map(async (who) => {
        const socket = await connectLive(t.url, who.token);
        sockets.push(socket);
        const screen = new LiveSession(socket, s.sessionId);
        await screen.join();
        return screen;
      }),
    );
    const tallyMessages = screens.map((screen) => {
      let count = 0;
      screen.socket.on('tally:updated', () => count++);
      return () => count;
    });
    const voterSockets = await Promise.all(voters.map((v) => connectLive(t.url, v.token)));
    sockets.push(...voterSockets);

    const values = ['support', 'oppose', 'abstain'] as const;
    const started = Date.now();
    const acks = await Promise.all(
      voterSockets.flatMap((socket, v) =>
        recIds.map((recommendationId, r) =>
          socket.emitWithAck('vote:cast', { recommendationId, value: values[(v + r) % 3] }),
        ),
      ),
    );
    const elapsed = Date.now() - started;
    expect(acks.filter((a) => !a.ok)).toEqual([]);
    expect(await t.dataSource.getRepository(Vote).countBy({ sessionId: s.sessionId })).toBe(
      VOTERS * RECOMMENDATIONS,
    );

    await settleTallies(t, s.sessionId);
    const rows = await t.dataSource
      .getRepository(Recommendation)
      .findBy({ sessionId: s.sessionId });
    const expected = new Map(
      rows.map((r) => [
        r.id,
        { support: r.supportCount, oppose: r.opposeCount, abstain: r.abstainCount },
      ]),
    );
    for (const r of rows) expect(r.supportCount + r.opposeCount + r.abstainCount).toBe(VOTERS);
    for (const screen of screens) {
      await screen.until((state) =>
        [...expected].every(
          ([id, tally]) =>
            JSON.stringify(state.recommendations.get(id)?.tally) === JSON.stringify(tally),
        ),
      );
    }

    // Coalescing: one message per interval at most, whatever the number of votes.
    const bound = Math.ceil(elapsed / t.config.tallyIntervalMs) + 2;
    for (const count of tallyMessages) {
      expect(count()).toBeGreaterThan(0);
      expect(count()).toBeLessThanOrEqual(bound);
    }
    process.stdout.write(
      `flood: ${VOTERS * RECOMMENDATIONS} votes acknowledged in ${elapsed} ms; tally messages per screen: ${tallyMessages.map((c) => c()).join(', ')} (bound ${bound})\n`,
    );
    // ~16 s alone on a loaded 2-core machine; a CI run beside browser tests once took over 60.
  }, 150_000);
});
