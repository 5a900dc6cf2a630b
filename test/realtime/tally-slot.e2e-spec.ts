import { TransactionRunner } from '../../src/database/transaction-runner';
import { SessionEventLog } from '../../src/realtime/session-event-log';
import { SessionSequence } from '../../src/sessions/session-sequence.entity';
import { scenario, type Scenario } from '../support/scenario';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The slot every instance claims before broadcasting a session's tallies (the spacing across two
 * real instances is checked in test/postgres/two-instances.pg-spec.ts).
 */
describe('the tally slot instances share', () => {
  let t: TestApp;
  let s: Scenario;

  beforeAll(async () => {
    t = await startTestApp();
    s = await scenario(t.http);
  });
  afterAll(() => t.close());

  const claim = (now: number) =>
    t.app
      .get(TransactionRunner)
      .run(({ em }) => t.app.get(SessionEventLog).claimTallySlot(em, s.sessionId, now, 100));

  it('is taken once per interval, and says when it frees; also for a session with no event yet', async () => {
    await t.dataSource.getRepository(SessionSequence).delete({ sessionId: s.sessionId });

    expect(await claim(1_000_000)).toBeNull();
    expect(await claim(1_000_050)).toBe(1_000_100);
    expect(await claim(1_000_099)).toBe(1_000_100);
    expect(await claim(1_000_100)).toBeNull();

    const row = await t.dataSource
      .getRepository(SessionSequence)
      .findOneByOrFail({ sessionId: s.sessionId });
    expect(Number(row.lastTallyAt)).toBe(1_000_100);
    expect(row.seq).toBe(0);
  });
});
