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
   * The recommendation and its session's status, locked on PostgreSQL: the recommendation FOR
   * UPDATE so its votes are counted one transaction at a time, the session FOR SHARE so a close
   * waits for votes in flight (SQLite's single writer needs no locks).
   */
  findForVote(em: EntityManager, id: string): Promise<VoteTarget | undefined> {
    const sql = new Sql(em);
    return sql.one<VoteTarget>(
      'SELECT r."id", r."conferenceId", r."sessionId", r."status", s."status" AS "sessionStatus" FROM "recommendations" r JOIN "sessions" s ON s."id" = r."sessionId" WHERE r."id" = ?' +
        sql.lock('FOR UPDATE OF r FOR SHARE OF s'),
      [id],
    );
  }
}
