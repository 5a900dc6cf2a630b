import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, LessThanOrEqual, MoreThan } from 'typeorm';
import type { DraftEvent } from '#contract';
import { DraftEvent as DraftEventRow, DraftSequence } from '../drafts/entities/draft-event.entity';
import type { DraftMessage } from './room-events';
import { EVENTS_KEPT } from './session-event-log';

const PRUNE_EVERY = 100;

/**
 * Numbers and stores every event of a draft room inside the transaction that caused it — the
 * session event log's rules, per draft: numbering in commit order, readable by every instance,
 * nothing left behind by a rolled-back write, and the last EVENTS_KEPT kept for `draft:sync`.
 */
@Injectable()
export class DraftEventLog {
  constructor(private readonly dataSource: DataSource) {}

  /** Takes the draft's next number and stores the event; answers it exactly as stored. */
  async append(
    em: EntityManager,
    draftId: string,
    { name, body }: DraftMessage,
  ): Promise<DraftEvent> {
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
    // The spread keeps `name` and `body` paired, which TypeScript cannot follow through it.
    return { name, payload } as DraftEvent;
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
