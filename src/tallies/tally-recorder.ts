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

export interface TallyTarget {
  id: string;
  conferenceId: string;
  sessionId: string;
}

/**
 * Keeps a recommendation's counters equal to its vote rows: after every change of votes, in
 * the same transaction, the tally is recomputed from the rows (an indexed aggregate over one
 * recommendation's votes) rather than incremented, so it cannot drift. The counters' columns
 * (`supportCount` … `consensus` of `recommendations`) are written here and nowhere else. Plain
 * SQL: this runs on every vote.
 */
@Injectable()
export class TallyRecorder {
  constructor(private readonly votes: VoteRepository) {}

  async countVotes(em: EntityManager, recommendationId: string): Promise<TallySummary> {
    return summariseVotes(await this.votes.counts(em, recommendationId));
  }

  /** The counters as they stand (a vote that changes nothing answers with them). */
  async current(em: EntityManager, recommendationId: string): Promise<Tally> {
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

  async recompute(tx: TransactionContext, recommendation: TallyTarget): Promise<TallySummary> {
    const summary = await this.countVotes(tx.em, recommendation.id);
    const { support, oppose, abstain } = summary.tally;
    const sql = new Sql(tx.em);
    await sql.run(
      'UPDATE "recommendations" SET "supportCount" = ?, "opposeCount" = ?, "abstainCount" = ?, "bridging" = ?, "consensus" = ?, "updatedAt" = ? WHERE "id" = ?',
      [support, oppose, abstain, summary.bridging, summary.consensus, sql.now(), recommendation.id],
    );
    // Marks the tally for broadcast in this same transaction (see PendingTally). DO UPDATE rather
    // than DO NOTHING: it locks an existing mark, so a broadcast taking that mark waits for this
    // commit and then reads these counters (with DO NOTHING, PostgreSQL could broadcast the older
    // count and drop the mark, losing this change).
    await sql.run(
      'INSERT INTO "pending_tallies" ("recommendationId", "sessionId") VALUES (?, ?) ON CONFLICT ("recommendationId", "sessionId") DO UPDATE SET "sessionId" = excluded."sessionId"',
      [recommendation.id, recommendation.sessionId],
    );
    tx.publish(DOMAIN_EVENTS.tallyChanged, {
      conferenceId: recommendation.conferenceId,
      sessionId: recommendation.sessionId,
      payload: { recommendationId: recommendation.id },
    });
    return summary;
  }
}
