import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager, LessThanOrEqual, MoreThan } from 'typeorm';
import type { DomainEvent } from '../common/events/domain-event';
import { DOMAIN_EVENTS } from '../common/events/domain-events';
import type { SequencedEvent, SequencedEventName } from '#contract';
import { Sql } from '../database/sql';
import { TransactionRunner } from '../database/transaction-runner';
import { SessionEvent } from '../sessions/session-event.entity';
import { SessionSequence } from '../sessions/session-sequence.entity';

/** How many recent events each session keeps for replay; older gaps are answered with a snapshot. */
export const EVENTS_KEPT = 1000;
const PRUNE_EVERY = 100;

/** Domain events the room sees one by one (tallies are coalesced separately by the TallyBroadcaster). */
const SOCKET_EVENTS: Partial<
  Record<string, { name: SequencedEventName; key: string; spread?: true }>
> = {
  [DOMAIN_EVENTS.sessionChanged]: { name: 'session:updated', key: 'session' },
  [DOMAIN_EVENTS.recommendationCreated]: { name: 'recommendation:created', key: 'recommendation' },
  [DOMAIN_EVENTS.recommendationChanged]: { name: 'recommendation:updated', key: 'recommendation' },
  [DOMAIN_EVENTS.commentCreated]: { name: 'comment:created', key: 'comment' },
  [DOMAIN_EVENTS.commentHidden]: { name: 'comment:hidden', key: 'comment' },
  // The whole list, spread into the payload beside sessionId and seq (API.md).
  [DOMAIN_EVENTS.speakersChanged]: { name: 'speakers:updated', key: 'speakers', spread: true },
};

/**
 * Numbers and stores every event of a session inside the transaction that caused it, so the
 * numbering is exactly the commit order, lives where every instance can read it, and a
 * rolled-back write leaves no event behind.
 */
@Injectable()
export class SessionEventLog implements OnModuleInit {
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
      if (!mapping || !event.sessionId) continue;
      const body = (event.payload as Record<string, unknown>)[mapping.key];
      event.sequenced = await this.append(
        em,
        event.sessionId,
        mapping.name,
        mapping.spread ? (body as Record<string, unknown>) : { [mapping.key]: body },
      );
    }
  }

  /** Takes the session's next number and stores the event; call inside a write transaction. */
  async append(
    em: EntityManager,
    sessionId: string,
    name: SequencedEventName,
    body: Record<string, unknown>,
  ): Promise<{ name: string; payload: unknown }> {
    const seq = await this.next(em, sessionId);
    const payload = { sessionId, seq, ...body };
    await em.insert(SessionEvent, {
      sessionId,
      seq,
      name,
      payload: JSON.stringify(payload),
      createdAt: new Date(),
    });
    if (seq % PRUNE_EVERY === 0 && seq > EVENTS_KEPT) {
      await em.delete(SessionEvent, { sessionId, seq: LessThanOrEqual(seq - EVENTS_KEPT) });
    }
    return { name, payload };
  }

  /**
   * Claims the session's tally slot for a broadcast at `now` (epoch ms). Answers null when claimed,
   * or, when some instance broadcast its tallies less than `intervalMs` before, the time the slot
   * frees. The row stays locked until commit, so instances flushing the same session at once take
   * turns, and the second finds the slot taken.
   */
  async claimTallySlot(
    em: EntityManager,
    sessionId: string,
    now: number,
    intervalMs: number,
  ): Promise<number | null> {
    const sql = new Sql(em);
    const claim = () =>
      sql.rows<{ sessionId: string }>(
        'UPDATE "session_sequences" SET "lastTallyAt" = ? WHERE "sessionId" = ? AND ("lastTallyAt" IS NULL OR "lastTallyAt" <= ?) RETURNING "sessionId"',
        [now, sessionId, now - intervalMs],
      );
    if ((await claim()).length > 0) return null;
    const taken = await sql.one<{ lastTallyAt: string | number | null }>(
      'SELECT "lastTallyAt" FROM "session_sequences" WHERE "sessionId" = ?',
      [sessionId],
    );
    if (taken) return Number(taken.lastTallyAt) + intervalMs;
    // The session's first event: its row does not exist yet.
    await this.ensureSequence(em, sessionId);
    return (await claim()).length > 0 ? null : now + intervalMs;
  }

  private async ensureSequence(em: EntityManager, sessionId: string): Promise<void> {
    await em
      .createQueryBuilder()
      .insert()
      .into(SessionSequence)
      .values({ sessionId, seq: 0 })
      .orIgnore()
      .execute();
  }

  private async next(em: EntityManager, sessionId: string): Promise<number> {
    await this.ensureSequence(em, sessionId);
    await em.increment(SessionSequence, { sessionId }, 'seq', 1);
    return (await em.findOneByOrFail(SessionSequence, { sessionId })).seq;
  }

  async currentSeq(em: EntityManager, sessionId: string): Promise<number> {
    return (await em.findOneBy(SessionSequence, { sessionId }))?.seq ?? 0;
  }

  /** The events after `sinceSeq`, or null when some of them are no longer kept or more than `max`. */
  async since(
    sessionId: string,
    sinceSeq: number,
    max = EVENTS_KEPT,
  ): Promise<{ events: SequencedEvent[]; seq: number } | null> {
    const em = this.dataSource.manager;
    const seq = await this.currentSeq(em, sessionId);
    if (sinceSeq >= seq) return { events: [], seq };
    if (seq - sinceSeq > max) return null;
    const rows = await em.find(SessionEvent, {
      where: { sessionId, seq: MoreThan(sinceSeq) },
      order: { seq: 'ASC' },
    });
    if (
      rows.length === 0 ||
      rows[0].seq !== sinceSeq + 1 ||
      rows[rows.length - 1].seq !== seq ||
      rows.length !== seq - sinceSeq
    )
      return null;
    return {
      events: rows.map(
        (r) => ({ name: r.name, payload: JSON.parse(r.payload) as unknown }) as SequencedEvent,
      ),
      seq,
    };
  }
}
