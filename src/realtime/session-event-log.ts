import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, LessThanOrEqual, MoreThan } from 'typeorm';
import type { SequencedEvent } from '#contract';
import { Sql } from '../database/sql';
import { SessionEvent } from '../sessions/session-event.entity';
import { SessionSequence } from '../sessions/session-sequence.entity';
import type { SessionMessage } from './room-events';

/** How many recent events each session keeps for replay; older gaps are answered with a snapshot. */
export const EVENTS_KEPT = 1000;
const PRUNE_EVERY = 100;

/**
 * Numbers and stores every event of a session inside the transaction that caused it (the
 * RealtimeBroadcaster's before-commit step, the TallyBroadcaster's flush), so the numbering is
 * exactly the commit order, lives where every instance can read it, and a rolled-back write
 * leaves no event behind.
 */
@Injectable()
export class SessionEventLog {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Takes the session's next number and stores the event; call inside a write transaction.
   * Answers the event exactly as stored: what the room is sent after commit and a replay returns.
   */
  async append(
    em: EntityManager,
    sessionId: string,
    { name, body }: SessionMessage,
  ): Promise<SequencedEvent> {
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
    // The spread keeps `name` and `body` paired, which TypeScript cannot follow through it.
    return { name, payload } as SequencedEvent;
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
