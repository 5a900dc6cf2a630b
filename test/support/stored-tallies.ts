import { Recommendation } from '../../src/recommendations/recommendation.entity';
import { TallyBroadcaster } from '../../src/realtime/tally-broadcaster';
import type { TestApp } from './test-app';

/**
 * Broadcasts the session's pending tallies now, which settles their counters: on PostgreSQL the
 * stored counters are recounted once per broadcast interval, not by each vote (TallyRecorder), so
 * a test reading them from the database settles them first, as the next interval would.
 */
export async function settleTallies(t: TestApp, sessionId: string): Promise<void> {
  await t.app.get(TallyBroadcaster).flush(sessionId, { force: true });
}

/** A recommendation's stored counters, once settled. */
export async function storedCounters(
  t: TestApp,
  recommendationId: string,
): Promise<{ support: number; oppose: number; abstain: number }> {
  const repository = t.dataSource.getRepository(Recommendation);
  const { sessionId } = await repository.findOneByOrFail({ id: recommendationId });
  await settleTallies(t, sessionId);
  const r = await repository.findOneByOrFail({ id: recommendationId });
  return { support: r.supportCount, oppose: r.opposeCount, abstain: r.abstainCount };
}
