import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { In } from 'typeorm';
import type { DomainEvent } from '../common/events/domain-event';
import { AppConfig } from '../config/app-config';
import type { AmendmentTallyUpdate } from '#contract';
import { TransactionRunner } from '../database/transaction-runner';
import { DRAFT_EVENTS, type AmendmentTallyEvent } from '../drafts/draft.events';
import { DraftAmendment } from '../drafts/entities/draft-amendment.entity';
import { DraftEventLog } from './draft-event-log';
import { LiveEmitter } from './live-emitter';

/**
 * Sends a draft room its events: each committed, sequenced event as the log stored it, and the
 * amendments' tallies coalesced — at most one `tally:updated` per draft per tally interval from
 * this instance, with the current counters (read when sent) of every amendment that changed.
 */
@Injectable()
export class DraftBroadcaster implements BeforeApplicationShutdown {
  private readonly logger = new Logger(DraftBroadcaster.name);
  private readonly pending = new Map<
    string,
    { ids: Set<string>; timer: NodeJS.Timeout | null; last: number }
  >();

  constructor(
    private readonly config: AppConfig,
    private readonly transactions: TransactionRunner,
    private readonly log: DraftEventLog,
    private readonly live: LiveEmitter,
  ) {}

  @OnEvent(DRAFT_EVENTS.draftChanged)
  @OnEvent(DRAFT_EVENTS.paragraphCreated)
  @OnEvent(DRAFT_EVENTS.paragraphChanged)
  @OnEvent(DRAFT_EVENTS.paragraphDeleted)
  @OnEvent(DRAFT_EVENTS.amendmentCreated)
  @OnEvent(DRAFT_EVENTS.amendmentChanged)
  broadcast(event: DomainEvent): void {
    if (event.draftId && event.sequenced)
      this.live.toDraft(event.draftId, event.sequenced.name, event.sequenced.payload);
  }

  @OnEvent(DRAFT_EVENTS.amendmentTallyChanged)
  collect(event: AmendmentTallyEvent): void {
    if (!event.draftId) return;
    const entry = this.pending.get(event.draftId) ?? {
      ids: new Set<string>(),
      timer: null,
      last: 0,
    };
    this.pending.set(event.draftId, entry);
    entry.ids.add(event.payload.tally.amendmentId);
    if (entry.timer) return;
    const wait = Math.max(0, entry.last + this.config.tallyIntervalMs - Date.now());
    const draftId = event.draftId;
    entry.timer = setTimeout(() => void this.flush(draftId), wait);
  }

  async flush(draftId: string): Promise<void> {
    const entry = this.pending.get(draftId);
    if (!entry) return;
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = null;
    entry.last = Date.now();
    const ids = [...entry.ids];
    entry.ids.clear();
    if (!ids.length) return;
    try {
      const event = await this.transactions.run(
        async ({ em }) => {
          const rows = await em.find(DraftAmendment, { where: { id: In(ids) } });
          const tallies: AmendmentTallyUpdate[] = rows.map((a) => ({
            amendmentId: a.id,
            support: a.supportCount,
            oppose: a.opposeCount,
            abstain: a.abstainCount,
            bridging: a.bridging,
            consensus: a.consensus,
          }));
          return this.log.append(em, draftId, 'tally:updated', { tallies });
        },
        { urgent: true },
      );
      this.live.toDraft(draftId, event.name, event.payload);
    } catch (error) {
      this.logger.error(`amendment tally broadcast for draft ${draftId} failed: ${String(error)}`);
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all([...this.pending.keys()].map((id) => this.flush(id)));
  }
}
