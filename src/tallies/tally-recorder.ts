import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { ConsensusMark, RecommendationStatus, Tally } from '#contract';
import { DOMAIN_EVENTS } from '../common/events/domain-events';
import { Sql } from '../database/sql';
import type { TransactionContext } from '../database/transaction-runner';
import { summariseVotes, type TallySummary } from './tally';
import { VoteRepository } from './vote.repository';

/** A recommendation's counters as a close freezes them. */
export interface RecordedTally extends Tally {
  recommendationId: string;
  status: RecommendationStatus;
  bridging: number;
  consensus: ConsensusMark;
}

/** A recommendation's counters as the views show them. */
export interface Counters {
  tally: Tally;
  bridging: number;
  consensus: ConsensusMark;
}

export interface TallyTarget {
  id: string;
  conferenceId: string;
  sessionId: string;
}

/**
 * Keeps a recommendation's counters (`supportCount` … `consensus` of `recommendations`, written
 * here and nowhere else) equal to its vote rows. They are recounted from the rows (an indexed
 * aggregate over one recommendation's votes), never incremented, so they cannot drift.
 *
 * When, differs by database. On SQLite, whose single writer runs one vote at a time anyway, every
 * change of votes recounts in its own transaction. On PostgreSQL that made every vote on a
 * recommendation wait for the one before it (the counters' row lock, held to commit: ≈ 180 votes
 * a second on the recommendation on screen, issue 13), so a vote only appends a mark to
 * `pending_tallies` in its transaction, and the marked recommendations are recounted once per
 * broadcast interval (`settle`, by the TallyBroadcaster), before a close freezes them
 * (`settleSession`), and whenever a view is read (`live`): nobody ever sees stale counters; only
 * ordering by the stored counters (`sort=top`) may trail by up to one interval.
 *
 * Why a settled counter is never overwritten by an older count: `settle` takes the row locks of
 * the recommendations first and counts after, in a later statement, so it sees every vote
 * committed before the previous settle of the same row committed. Votes hold the recommendation
 * only FOR KEY SHARE, which that lock does not wait for. Plain SQL: this runs on every vote.
 */
@Injectable()
export class TallyRecorder {
  constructor(private readonly votes: VoteRepository) {}

  async countVotes(em: EntityManager, recommendationId: string): Promise<TallySummary> {
    return summariseVotes(await this.votes.counts(em, recommendationId));
  }

  /** The tally as it stands (a vote that changes nothing answers with it). */
  async current(em: EntityManager, recommendationId: string): Promise<Tally> {
    const live = (await this.live(em, [recommendationId])).get(recommendationId);
    if (live) return live.tally;
    const row = await new Sql(em).one<{ support: number; oppose: number; abstain: number }>(
      'SELECT "supportCount" AS "support", "opposeCount" AS "oppose", "abstainCount" AS "abstain" FROM "recommendations" WHERE "id" = ?',
      [recommendationId],
    );
    return {
      support: Number(row?.support ?? 0),
      oppose: Number(row?.oppose ?? 0),
      abstain: Number(row?.abstain ?? 0),
    };
  }

  /**
   * The counters of these recommendations as their votes stand now, read in one statement with
   * whether a count is still owed (a mark), and counted for those. Empty on SQLite, where the
   * stored counters are always current (callers use what they loaded).
   */
  async live(em: EntityManager, ids: string[]): Promise<Map<string, Counters>> {
    const sql = new Sql(em);
    if (!sql.postgres || ids.length === 0) return new Map();
    const rows = await sql.rows<{
      id: string;
      support: number;
      oppose: number;
      abstain: number;
      bridging: number;
      consensus: ConsensusMark;
      marked: boolean;
    }>(
      `SELECT r."id", r."supportCount" AS "support", r."opposeCount" AS "oppose", r."abstainCount" AS "abstain", r."bridging", r."consensus", EXISTS (SELECT 1 FROM "pending_tallies" m WHERE m."recommendationId" = r."id") AS "marked" FROM "recommendations" r WHERE r."id" IN (${marks(ids)})`,
      ids,
    );
    const counted = await this.votes.countsOf(
      em,
      rows.filter((r) => r.marked).map((r) => r.id),
    );
    return new Map(
      rows.map((r): [string, Counters] => {
        const counts = counted.get(r.id);
        if (r.marked) {
          const { tally, bridging, consensus } = summariseVotes(counts ?? []);
          return [r.id, { tally, bridging, consensus }];
        }
        return [
          r.id,
          {
            tally: {
              support: Number(r.support),
              oppose: Number(r.oppose),
              abstain: Number(r.abstain),
            },
            bridging: Number(r.bridging),
            consensus: r.consensus ?? null,
          },
        ];
      }),
    );
  }

  /** Every recommendation of a session with its counters, oldest first (for the closing record). */
  async ofSession(em: EntityManager, sessionId: string): Promise<RecordedTally[]> {
    const rows = await new Sql(em).rows<RecordedTally>(
      'SELECT "id" AS "recommendationId", "status", "supportCount" AS "support", "opposeCount" AS "oppose", "abstainCount" AS "abstain", "bridging", "consensus" FROM "recommendations" WHERE "sessionId" = ? ORDER BY "createdAt", "id"',
      [sessionId],
    );
    return rows.map((r) => ({
      recommendationId: r.recommendationId,
      status: r.status,
      support: Number(r.support),
      oppose: Number(r.oppose),
      abstain: Number(r.abstain),
      bridging: Number(r.bridging),
      consensus: r.consensus ?? null,
    }));
  }

  /**
   * A batch of votes' changes of these recommendations' votes, in the votes' transaction: marked
   * for broadcast (and, on PostgreSQL, for counting), answering each one's tally as this
   * transaction sees it — on PostgreSQL one grouped count of all of them, not one per vote.
   */
  async recordVoteChanges(
    tx: TransactionContext,
    targets: TallyTarget[],
  ): Promise<Map<string, Tally>> {
    const tallies = new Map<string, Tally>();
    if (!new Sql(tx.em).postgres) {
      for (const target of targets)
        tallies.set(target.id, (await this.recompute(tx, target)).tally);
      return tallies;
    }
    await this.markAll(tx, targets);
    const counted = await this.votes.countsOf(
      tx.em,
      targets.map((t) => t.id),
    );
    for (const { id } of targets) tallies.set(id, summariseVotes(counted.get(id) ?? []).tally);
    return tallies;
  }

  /**
   * Recounts now and marks for broadcast, in the caller's transaction, which must hold the
   * recommendation's row lock on PostgreSQL (moderation loads it FOR UPDATE).
   */
  async recompute(tx: TransactionContext, target: TallyTarget): Promise<TallySummary> {
    const summary = await this.store(tx.em, target.id);
    await this.mark(tx, target);
    return summary;
  }

  /**
   * Recounts the recommendations' counters from their votes and stores them (PostgreSQL; on
   * SQLite they are current already). The row locks come first, in id order (two settles of
   * overlapping sets never deadlock), and the counts after (see the class comment).
   */
  async settle(em: EntityManager, ids: string[]): Promise<void> {
    const sql = new Sql(em);
    if (!sql.postgres || ids.length === 0) return;
    const sorted = [...new Set(ids)].sort();
    await sql.run(
      `SELECT "id" FROM "recommendations" WHERE "id" IN (${marks(sorted)}) ORDER BY "id" FOR NO KEY UPDATE`,
      sorted,
    );
    for (const id of sorted) await this.store(em, id);
  }

  /**
   * Settles every recommendation of a session, for a close that freezes their counters: its
   * transaction holds the session row, so no vote is in flight and none can follow.
   */
  async settleSession(em: EntityManager, sessionId: string): Promise<void> {
    const sql = new Sql(em);
    if (!sql.postgres) return;
    const rows = await sql.rows<{ id: string }>(
      'SELECT "id" FROM "recommendations" WHERE "sessionId" = ?',
      [sessionId],
    );
    await this.settle(
      em,
      rows.map((r) => r.id),
    );
  }

  private async store(em: EntityManager, id: string): Promise<TallySummary> {
    const summary = await this.countVotes(em, id);
    const { support, oppose, abstain } = summary.tally;
    const sql = new Sql(em);
    await sql.run(
      'UPDATE "recommendations" SET "supportCount" = ?, "opposeCount" = ?, "abstainCount" = ?, "bridging" = ?, "consensus" = ?, "updatedAt" = ? WHERE "id" = ?',
      [support, oppose, abstain, summary.bridging, summary.consensus, sql.now(), id],
    );
    return summary;
  }

  /** Marks the tally for broadcast in this same transaction (see PendingTally). */
  private mark(tx: TransactionContext, target: TallyTarget): Promise<void> {
    return this.markAll(tx, [target]);
  }

  private async markAll(tx: TransactionContext, targets: TallyTarget[]): Promise<void> {
    if (targets.length === 0) return;
    await new Sql(tx.em).run(
      `INSERT INTO "pending_tallies" ("recommendationId", "sessionId") VALUES ${targets.map(() => '(?, ?)').join(', ')}`,
      targets.flatMap((target) => [target.id, target.sessionId]),
    );
    for (const target of targets)
      tx.publish(DOMAIN_EVENTS.tallyChanged, {
        conferenceId: target.conferenceId,
        sessionId: target.sessionId,
        payload: { recommendationId: target.id },
      });
  }
}

function marks(values: unknown[]): string {
  return values.map(() => '?').join(', ');
}
