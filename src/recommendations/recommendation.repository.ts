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
   * The recommendation and its session's status, locked on PostgreSQL (SQLite's single writer
   * needs no locks):
   * - the session FOR SHARE, so a close (FOR UPDATE) waits for the votes in flight, and a vote
   *   arriving during a close waits for it and then reads the closed status (409);
   * - the recommendation FOR KEY SHARE: moderation (FOR UPDATE) waits for the votes in flight as
   *   the close does, but votes on one recommendation do not wait for each other, nor for the
   *   recount storing its counters (TallyRecorder.settle);
   * - this delegate's ballot on this recommendation, an advisory lock on the pair (taken first, a
   *   one-time filter): two of their votes on it take turns, so the second reads the vote the first
   *   cast (VoteRepository.mine, a statement after this one, so that it sees what that transaction
   *   committed) rather than casting another. Their votes on other recommendations do not wait.
   */
  findForVote(
    em: EntityManager,
    id: string,
    participantId: string,
  ): Promise<VoteTarget | undefined> {
    const sql = new Sql(em);
    const select =
      'SELECT r."id", r."conferenceId", r."sessionId", r."status", s."status" AS "sessionStatus" FROM "recommendations" r JOIN "sessions" s ON s."id" = r."sessionId" WHERE r."id" = ?';
    if (!sql.postgres) return sql.one<VoteTarget>(select, [id]);
    return sql.one<VoteTarget>(
      `${select} AND pg_advisory_xact_lock(hashtextextended(?, 0))::text IS NOT NULL FOR KEY SHARE OF r FOR SHARE OF s`,
      [id, `vote:${participantId}:${id}`],
    );
  }
}
