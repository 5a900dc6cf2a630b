import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { DOMAIN_EVENTS, type TallyChangedEvent } from '../common/events/domain-events';
import { AppConfig } from '../config/app-config';
import type { TallyUpdate } from '../contract/views';
import { TransactionRunner } from '../database/transaction-runner';
import { LiveEmitter } from './live-emitter';
import { SessionEventLog } from './session-event-log';

interface Pending {
  tallies: Map<string, TallyUpdate>;
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
      tallies: new Map(),
      timer: null,
      lastFlush: 0,
    };
    this.sessions.set(event.sessionId, pending);
    pending.tallies.set(event.payload.tally.recommendationId, event.payload.tally);
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
    const tallies = [...pending.tallies.values()];
    pending.tallies.clear();
    if (tallies.length === 0) {
      this.sessions.delete(sessionId);
      return;
    }
    try {
      const event = await this.transactions.run(
        ({ em }) => this.log.append(em, sessionId, 'tally:updated', { tallies }),
        { urgent: true },
      );
      this.live.toSession(sessionId, event.name, event.payload);
    } catch (error) {
      // Put them back (newer tallies that arrived meanwhile win) and try again at the next interval.
      this.logger.error(`tally broadcast for session ${sessionId} failed: ${String(error)}`);
      for (const tally of tallies)
        if (!pending.tallies.has(tally.recommendationId))
          pending.tallies.set(tally.recommendationId, tally);
      pending.timer ??= setTimeout(() => void this.flush(sessionId), this.config.tallyIntervalMs);
    }
  }

  /** Before the database closes (onApplicationShutdown), so no tally is left unsent. */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all([...this.sessions.keys()].map((id) => this.flush(id)));
  }
}
