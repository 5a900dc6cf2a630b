import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { RecommendationStatus, SessionStatus } from '#contract';
import { Sql } from '../database/sql';

/** What a vote needs of its recommendation, read in one statement. */
export interface VoteTarget {
  id: string;
  conferenceId: string;
  sessionId: string;
  status: RecommendationStatus;
  sessionStatus: SessionStatus;
}

/**
 * The plain SQL on `recommendations` (the rest goes through TypeORM's entity manager; the tally
 * columns are written by the TallyRecorder).
 */
@Injectable()
export class RecommendationRepository {
  /**
   * The recommendations voted on and their sessions' statuses, locked on PostgreSQL (SQLite's single writer
   * needs no locks):
   * - the session FOR SHARE, so a close (FOR UPDATE) waits for the votes in flight, and a vote
   *   arriving during a close waits for it and then reads the closed status (409);
   * - the recommendation FOR KEY SHARE: moderation (FOR UPDATE) waits for the votes in flight as
   *   the close does, but votes on one recommendation do not wait for each other, nor for the
   *   recount storing its counters (TallyRecorder.settle);
   * - this delegate's ballot on this recommendation, an advisory lock on the pair (taken first, a
   *   one-time filter): two of their votes on it take turns, so the second reads the vote the first
   *   cast (VoteRepository.minesOf, a statement after this one, so that it sees what that
   *   transaction committed) rather than casting another. Their votes on other recommendations do not wait.
   *
   * For a batch of ballots (see BallotBox) in one statement whatever its size: the advisory locks
   * of all its pairs, in one order (two batches sharing pairs take turns and never deadlock), then
   * the recommendations and their sessions' statuses.
   */
  async findForVotes(
    em: EntityManager,
    pairs: Array<{ participantId: string; recommendationId: string }>,
  ): Promise<Map<string, VoteTarget>> {
    const sql = new Sql(em);
    const unique = [...new Set(pairs.map((p) => p.recommendationId))];
    if (unique.length === 0) return new Map();
    const select = `SELECT r."id", r."conferenceId", r."sessionId", r."status", s."status" AS "sessionStatus" FROM "recommendations" r JOIN "sessions" s ON s."id" = r."sessionId" WHERE r."id" IN (${unique.map(() => '?').join(', ')})`;
    if (!sql.postgres) return byId(await sql.rows<VoteTarget>(select, unique));
    const keys = [...new Set(pairs.map((p) => voteLockKey(p.participantId, p.recommendationId)))];
    // One round trip: the locks are an uncorrelated subquery (evaluated once, before any row is
    // locked), whose ORDER BY fixes the order in which the aggregate takes them.
    const rows = await sql.rows<VoteTarget>(
      `${select} AND (SELECT COUNT(pg_advisory_xact_lock(h)) FROM (SELECT hashtextextended(k, 0) AS h FROM unnest(?::text[]) AS k ORDER BY 1 OFFSET 0) AS ordered) >= 0 FOR KEY SHARE OF r FOR SHARE OF s`,
      [...unique, keys],
    );
    return byId(rows);
  }
}

function byId(rows: VoteTarget[]): Map<string, VoteTarget> {
  return new Map(rows.map((row) => [row.id, row]));
}

/** The advisory lock that makes one delegate's votes on one recommendation take turns. */
function voteLockKey(participantId: string, recommendationId: string): string {
  return `vote:${participantId}:${recommendationId}`;
}
