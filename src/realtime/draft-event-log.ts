import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager, LessThanOrEqual, MoreThan } from 'typeorm';
import type { DomainEvent } from '../common/events/domain-event';
import type { DraftEvent, DraftEventName } from '#contract';
import { TransactionRunner } from '../database/transaction-runner';
import { DRAFT_EVENTS } from '../drafts/draft.events';
import { DraftEvent as DraftEventRow, DraftSequence } from '../drafts/entities/draft-event.entity';
import { EVENTS_KEPT } from './session-event-log';

const PRUNE_EVERY = 100;

/** Domain events the draft room sees one by one (amendment tallies are coalesced by the DraftTallyBroadcaster). */
const SOCKET_EVENTS: Partial<Record<string, { name: DraftEventName; keys: string[] }>> = {
  [DRAFT_EVENTS.draftChanged]: { name: 'draft:updated', keys: ['draft'] },
  [DRAFT_EVENTS.paragraphCreated]: { name: 'paragraph:created', keys: ['paragraph', 'order'] },
  [DRAFT_EVENTS.paragraphChanged]: { name: 'paragraph:updated', keys: ['paragraph', 'order'] },
  [DRAFT_EVENTS.paragraphDeleted]: { name: 'paragraph:deleted', keys: ['paragraph', 'order'] },
  [DRAFT_EVENTS.amendmentCreated]: { name: 'amendment:created', keys: ['amendment'] },
  [DRAFT_EVENTS.amendmentChanged]: { name: 'amendment:updated', keys: ['amendment'] },
};

/**
 * Numbers and stores every event of a draft room inside the transaction that caused it — the
 * session event log's rules, per draft: numbering in commit order, readable by every instance,
 * nothing left behind by a rolled-back write, and the last EVENTS_KEPT kept for `draft:sync`.
 */
@Injectable()
export class DraftEventLog implements OnModuleInit {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.transactions.addBeforeCommitHook((em, events) => this.sequence(em, events));
  }

  private async sequence(em: EntityManager, events: DomainEvent[]): Promise<void> {
    for (const event of events) {
      const mapping = SOCKET_EVENTS[event.type];
      if (!mapping || !event.draftId) continue;
      const payload = event.payload as Record<string, unknown>;
      event.sequenced = await this.append(
        em,
        event.draftId,
        mapping.name,
        Object.fromEntries(mapping.keys.map((k) => [k, payload[k]])),
      );
    }
  }

  async append(
    em: EntityManager,
    draftId: string,
    name: DraftEventName,
    body: Record<string, unknown>,
  ): Promise<{ name: string; payload: unknown }> {
    await em
      .createQueryBuilder()
      .insert()
      .into(DraftSequence)
      .values({ draftId, seq: 0 })
      .orIgnore()
      .execute();
    await em.increment(DraftSequence, { draftId }, 'seq', 1);
    const { seq } = await em.findOneByOrFail(DraftSequence, { draftId });
    const payload = { draftId, seq, ...body };
    await em.insert(DraftEventRow, {
      draftId,
      seq,
      name,
      payload: JSON.stringify(payload),
      createdAt: new Date(),
    });
    if (seq % PRUNE_EVERY === 0 && seq > EVENTS_KEPT)
      await em.delete(DraftEventRow, { draftId, seq: LessThanOrEqual(seq - EVENTS_KEPT) });
    return { name, payload };
  }

  async currentSeq(em: EntityManager, draftId: string): Promise<number> {
    return (await em.findOneBy(DraftSequence, { draftId }))?.seq ?? 0;
  }

  /** The events after `sinceSeq`, or null when some of them are no longer kept. */
  async since(
    draftId: string,
    sinceSeq: number,
  ): Promise<{ events: DraftEvent[]; seq: number } | null> {
    const em = this.dataSource.manager;
    const seq = await this.currentSeq(em, draftId);
    if (sinceSeq >= seq) return { events: [], seq };
    const rows = await em.find(DraftEventRow, {
      where: { draftId, seq: MoreThan(sinceSeq) },
      order: { seq: 'ASC' },
    });
    if (rows.length !== seq - sinceSeq || rows[0]?.seq !== sinceSeq + 1) return null;
    return {
      events: rows.map(
        (r) => ({ name: r.name, payload: JSON.parse(r.payload) as unknown }) as DraftEvent,
      ),
      seq,
    };
  }
}
