import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { EntityManager, In } from 'typeorm';
import { DOMAIN_EVENTS, type TallyChangedEvent } from '../common/events/domain-events';
import { AppConfig } from '../config/app-config';
import type { TallyUpdate } from '../contract/views';
import { TransactionRunner } from '../database/transaction-runner';
import { Recommendation } from '../recommendations/recommendation.entity';
import { LiveEmitter } from './live-emitter';
import { SessionEventLog } from './session-event-log';

interface Pending {
  /** Recommendations whose tally changed since the last broadcast. */
  changed: Set<string>;
  timer: NodeJS.Timeout | null;
  lastFlush: number;
}

/**
 * Coalesces tallies: at most one `tally:updated` per session per interval (TALLY_INTERVAL_MS),
 * holding the latest tally of every recommendation that changed. A flood of a thousand votes a
 * second then costs each screen ten messages a second, not a thousand. Each flush is a sequenced,
 * stored event like any other, so a client that misses one resyncs it.
 */
@Injectable()
export class TallyBroadcaster implements BeforeApplicationShutdown {
  private readonly logger = new Logger(TallyBroadcaster.name);
  private readonly sessions = new Map<string, Pending>();

  constructor(
    private readonly config: AppConfig,
    private readonly transactions: TransactionRunner,
    private readonly log: SessionEventLog,
    private readonly live: LiveEmitter,
  ) {}

  @OnEvent(DOMAIN_EVENTS.tallyChanged)
  collect(event: TallyChangedEvent): void {
    if (!event.sessionId) return;
    const pending = this.sessions.get(event.sessionId) ?? {
      changed: new Set<string>(),
      timer: null,
      lastFlush: 0,
    };
    this.sessions.set(event.sessionId, pending);
    pending.changed.add(event.payload.tally.recommendationId);
    if (!pending.timer) {
      const wait = Math.max(0, pending.lastFlush + this.config.tallyIntervalMs - Date.now());
      pending.timer = setTimeout(() => void this.flush(event.sessionId!), wait);
    }
  }

  /** Sends what is pending now (also used before shutdown so no tally is left unsent). */
  async flush(sessionId: string): Promise<void> {
    const pending = this.sessions.get(sessionId);
    if (!pending) return;
    if (pending.timer) clearTimeout(pending.timer);
    pending.timer = null;
    pending.lastFlush = Date.now();
    const ids = [...pending.changed];
    pending.changed.clear();
    if (ids.length === 0) {
      this.sessions.delete(sessionId);
      return;
    }
    try {
      // The tallies are read at flush time, in the transaction that numbers the event: events of
      // concurrent votes (PostgreSQL, several instances) can reach us out of commit order, and
      // only the database knows the latest count.
      const event = await this.transactions.run(
        async ({ em }) =>
          this.log.append(em, sessionId, 'tally:updated', {
            tallies: await this.currentTallies(em, ids),
          }),
        { urgent: true },
      );
      this.live.toSession(sessionId, event.name, event.payload);
    } catch (error) {
      // Try again at the next interval; the counters are safe in the database meanwhile.
      this.logger.error(`tally broadcast for session ${sessionId} failed: ${String(error)}`);
      for (const id of ids) pending.changed.add(id);
      pending.timer ??= setTimeout(() => void this.flush(sessionId), this.config.tallyIntervalMs);
    }
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

  /** Before the database closes (onApplicationShutdown), so no tally is left unsent. */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all([...this.sessions.keys()].map((id) => this.flush(id)));
  }
}
