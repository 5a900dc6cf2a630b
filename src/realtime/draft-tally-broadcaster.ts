import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { In } from 'typeorm';
import type { ArgOf } from '../common/events/domain-events';
import { OnDomainEvent } from '../common/events/on-domain-event';
import { AppConfig } from '../config/app-config';
import type { AmendmentTallyUpdate } from '#contract';
import { TransactionRunner } from '../database/transaction-runner';
import { DRAFT_EVENTS } from '../drafts/draft.events';
import { DraftAmendment } from '../drafts/entities/draft-amendment.entity';
import { DraftEventLog } from './draft-event-log';
import { LiveEmitter } from './live-emitter';

/**
 * Sends a draft room its amendments' tallies coalesced: at most one `tally:updated` per draft per
 * tally interval from this instance, with the current counters (read when sent) of every amendment
 * that changed. (Its other events are the RealtimeBroadcaster's.)
 */
@Injectable()
export class DraftTallyBroadcaster implements BeforeApplicationShutdown {
  private readonly logger = new Logger(DraftTallyBroadcaster.name);
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

  @OnDomainEvent(DRAFT_EVENTS.amendmentTallyChanged)
  collect(event: ArgOf<'draft.amendment.tally'>): void {
    const entry = this.pending.get(event.draftId) ?? {
      ids: new Set<string>(),
      timer: null,
      last: 0,
    };
    this.pending.set(event.draftId, entry);
    entry.ids.add(event.payload.amendmentId);
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
      const stored = await this.transactions.run(
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
          return this.log.append(em, draftId, { name: 'tally:updated', body: { tallies } });
        },
        { urgent: true },
      );
      this.live.toDraft(draftId, stored);
    } catch (error) {
      this.logger.error(`amendment tally broadcast for draft ${draftId} failed: ${String(error)}`);
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all([...this.pending.keys()].map((id) => this.flush(id)));
  }
}
