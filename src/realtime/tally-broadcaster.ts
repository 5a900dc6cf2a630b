import {
  BeforeApplicationShutdown,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { DOMAIN_EVENTS, type ArgOf } from '../common/events/domain-events';
import { OnDomainEvent } from '../common/events/on-domain-event';
import { AppConfig } from '../config/app-config';
import type { TallyUpdate } from '#contract';
import { Sql } from '../database/sql';
import { TransactionRunner } from '../database/transaction-runner';
import { Recommendation } from '../recommendations/recommendation.entity';
import { LiveEmitter } from './live-emitter';
import { SessionEventLog } from './session-event-log';

/** How often every instance looks for tallies nobody broadcast (left by an instance that died). */
const SWEEP_INTERVAL_MS = 1000;

/** Rolls a flush back: another instance broadcast this session's tallies less than an interval ago. */
class SlotTaken extends Error {
  constructor(readonly freesAt: number) {
    super('tally slot taken');
  }
}
/** Rolls a flush back: nothing to send, so the interval's slot stays free. */
class NothingPending extends Error {}

interface Schedule {
  timer: NodeJS.Timeout | null;
  lastFlush: number;
}

/**
 * Coalesces tallies: at most one `tally:updated` per session per interval (TALLY_INTERVAL_MS),
 * holding the latest tally of every recommendation that changed. A flood of a thousand votes a
 * second then costs each screen ten messages a second, not a thousand.
 *
 * What changed is recorded in the database by the vote's own transaction (`pending_tallies`),
 * and each flush takes those rows, reads the current counters and numbers the event in one
 * transaction: a tally is never lost with the instance that counted it, and concurrent votes
 * reaching us out of commit order cannot leave an older count on the screens.
 *
 * With several instances, each flush first claims the session's slot in the database
 * (`session_sequences.lastTallyAt`): an instance that finds it taken less than an interval ago
 * leaves its marks for the next flush, so the room gets one `tally:updated` per interval in all.
 */
@Injectable()
export class TallyBroadcaster implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(TallyBroadcaster.name);
  private readonly schedules = new Map<string, Schedule>();
  private sweeper: NodeJS.Timeout | null = null;

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly log: SessionEventLog,
    private readonly live: LiveEmitter,
  ) {}

  onApplicationBootstrap(): void {
    this.sweeper = setInterval(() => void this.sweep(), SWEEP_INTERVAL_MS);
    this.sweeper.unref();
  }

  @OnDomainEvent(DOMAIN_EVENTS.tallyChanged)
  collect(event: ArgOf<'tally.changed'>): void {
    this.schedule(event.sessionId);
  }

  private schedule(sessionId: string): void {
    const schedule = this.schedules.get(sessionId) ?? { timer: null, lastFlush: 0 };
    this.schedules.set(sessionId, schedule);
    if (schedule.timer) return;
    const wait = Math.max(0, schedule.lastFlush + this.config.tallyIntervalMs - Date.now());
    schedule.timer = setTimeout(() => void this.flush(sessionId), wait);
  }

  /**
   * Broadcasts the session's pending tallies now. Before shutdown `force` skips the interval, so
   * nothing is left unsent.
   */
  async flush(sessionId: string, { force = false } = {}): Promise<void> {
    const schedule = this.schedules.get(sessionId);
    // A timer may fire a little before its time by Date.now() (libuv counts from its cached loop
    // time): the flush counts from when it was due, or a busy instance would find its own slot
    // still taken and lose an interval.
    const now = Math.max(Date.now(), (schedule?.lastFlush ?? 0) + this.config.tallyIntervalMs);
    if (schedule) {
      if (schedule.timer) clearTimeout(schedule.timer);
      schedule.timer = null;
      schedule.lastFlush = now;
    }
    const interval = this.config.tallyIntervalMs;
    try {
      const stored = await this.transactions.run(
        async ({ em }) => {
          // The slot first: waiting for another instance's claim must not hold our vote marks.
          const freesAt = force
            ? null
            : await this.log.claimTallySlot(em, sessionId, now, interval);
          if (freesAt !== null) throw new SlotTaken(freesAt);
          const ids = await this.takePending(em, sessionId);
          if (!ids.length) throw new NothingPending();
          return this.log.append(em, sessionId, {
            name: 'tally:updated',
            body: { tallies: await this.currentTallies(em, ids) },
          });
        },
        { urgent: true },
      );
      this.live.toSession(sessionId, stored);
    } catch (error) {
      if (error instanceof NothingPending) return;
      if (error instanceof SlotTaken) {
        if (schedule) schedule.lastFlush = error.freesAt - interval;
        this.schedule(sessionId);
        return;
      }
      // The pending rows are still there: the next flush or sweep sends them.
      this.logger.error(`tally broadcast for session ${sessionId} failed: ${String(error)}`);
    }
  }

  private async sweep(): Promise<void> {
    try {
      const rows = await new Sql(this.dataSource.manager).rows<{ sessionId: string }>(
        'SELECT DISTINCT "sessionId" FROM "pending_tallies"',
      );
      for (const { sessionId } of rows) this.schedule(sessionId);
    } catch (error) {
      this.logger.warn(`sweep for pending tallies failed: ${String(error)}`);
    }
  }

  /**
   * DELETE … RETURNING: marks a concurrent vote adds meanwhile stay for the next flush. On
   * PostgreSQL, marks held by votes still in flight are skipped (SKIP LOCKED) rather than waited
   * for: under a flood there is always one in flight, and waiting would stall the broadcasts; those
   * votes' marks are taken by the next flush, after they commit.
   */
  private async takePending(em: EntityManager, sessionId: string): Promise<string[]> {
    const sql = new Sql(em);
    const rows = await sql.rows<{ recommendationId: string }>(
      sql.postgres
        ? 'DELETE FROM "pending_tallies" WHERE ("recommendationId", "sessionId") IN (SELECT "recommendationId", "sessionId" FROM "pending_tallies" WHERE "sessionId" = ? FOR UPDATE SKIP LOCKED) RETURNING "recommendationId"'
        : 'DELETE FROM "pending_tallies" WHERE "sessionId" = ? RETURNING "recommendationId"',
      [sessionId],
    );
    return rows.map((r) => r.recommendationId);
  }

  private async currentTallies(em: EntityManager, ids: string[]): Promise<TallyUpdate[]> {
    const rows = await em.find(Recommendation, {
      select: {
        id: true,
        supportCount: true,
        opposeCount: true,
        abstainCount: true,
        bridging: true,
        consensus: true,
      },
      where: { id: In(ids) },
    });
    return rows.map((r) => ({
      recommendationId: r.id,
      support: r.supportCount,
      oppose: r.opposeCount,
      abstain: r.abstainCount,
      bridging: r.bridging,
      consensus: r.consensus,
    }));
  }

  async beforeApplicationShutdown(): Promise<void> {
    if (this.sweeper) clearInterval(this.sweeper);
    await Promise.all([...this.schedules.keys()].map((id) => this.flush(id, { force: true })));
    for (const schedule of this.schedules.values())
      if (schedule.timer) clearTimeout(schedule.timer);
  }
}
