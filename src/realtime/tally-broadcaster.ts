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
import { TallyRecorder } from '../tallies/tally-recorder';
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
  /** The flush under way: one at a time per session (see flush). */
  running: Promise<void> | null;
  /** Tallies changed while it ran: schedule the next one when it ends. */
  rerun: boolean;
}

/**
 * Coalesces tallies: at most one `tally:updated` per session per interval (TALLY_INTERVAL_MS),
 * holding the latest tally of every recommendation that changed. A flood of a thousand votes a
 * second then costs each screen ten messages a second, not a thousand.
 *
 * What changed is recorded in the database by the vote's own transaction (`pending_tallies`),
 * and each flush takes those rows, settles the counters (on PostgreSQL they are recounted here,
 * once per interval, not by each vote: TallyRecorder), reads them and numbers the event in one
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
    private readonly tallies: TallyRecorder,
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
    const schedule = this.scheduleOf(sessionId);
    if (schedule.timer) return;
    const wait = Math.max(0, schedule.lastFlush + this.config.tallyIntervalMs - Date.now());
    schedule.timer = setTimeout(() => void this.flush(sessionId), wait);
  }

  /**
   * Broadcasts the session's pending tallies now. Before shutdown `force` skips the interval, so
   * nothing is left unsent.
   */
  async flush(sessionId: string, { force = false } = {}): Promise<void> {
    const schedule = this.scheduleOf(sessionId);
    // One flush per session at a time: one that outlasts the interval (a recount of many votes on
    // a busy database) would otherwise have the next wait for its marks, holding a connection.
    if (schedule.running) {
      if (!force) {
        // The timer that called us has fired: forget it, or schedule() would think one is set.
        if (schedule.timer) clearTimeout(schedule.timer);
        schedule.timer = null;
        schedule.rerun = true;
        return;
      }
      await schedule.running;
    }
    const run = this.flushNow(sessionId, schedule, force);
    schedule.running = run;
    try {
      await run;
    } finally {
      if (schedule.running === run) schedule.running = null;
      if (schedule.rerun && !schedule.running) {
        schedule.rerun = false;
        this.schedule(sessionId);
      }
    }
  }

  private scheduleOf(sessionId: string): Schedule {
    let schedule = this.schedules.get(sessionId);
    if (!schedule) {
      schedule = { timer: null, lastFlush: 0, running: null, rerun: false };
      this.schedules.set(sessionId, schedule);
    }
    return schedule;
  }

  private async flushNow(sessionId: string, schedule: Schedule, force: boolean): Promise<void> {
    // A timer may fire a little before its time by Date.now() (libuv counts from its cached loop
    // time): the flush counts from when it was due, or a busy instance would find its own slot
    // still taken and lose an interval.
    const now = Math.max(Date.now(), schedule.lastFlush + this.config.tallyIntervalMs);
    if (schedule.timer) clearTimeout(schedule.timer);
    schedule.timer = null;
    schedule.lastFlush = now;
    const interval = this.config.tallyIntervalMs;
    try {
      const stored = await this.transactions.run(
        async ({ em }) => {
          // The marks, then the counters' row locks (settle), then the slot, in the order a close
          // (session, counters, event log) and moderation (counters, event log) take theirs, so
          // that none of them deadlocks with a broadcast. Marks of votes still in flight are not
          // visible to this DELETE, so it never waits for a vote.
          const ids = await this.takePending(em, sessionId);
          if (!ids.length) throw new NothingPending();
          await this.tallies.settle(em, ids);
          const freesAt = force
            ? null
            : await this.log.claimTallySlot(em, sessionId, now, interval);
          if (freesAt !== null) throw new SlotTaken(freesAt);
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
        schedule.lastFlush = error.freesAt - interval;
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
   * DELETE … RETURNING: the marks committed so far (one per vote); those of votes committing
   * meanwhile stay for the next flush, which counts them.
   */
  private async takePending(em: EntityManager, sessionId: string): Promise<string[]> {
    const rows = await new Sql(em).rows<{ recommendationId: string }>(
      'DELETE FROM "pending_tallies" WHERE "sessionId" = ? RETURNING "recommendationId"',
      [sessionId],
    );
    return [...new Set(rows.map((r) => r.recommendationId))];
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
