import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Sql } from '../database/sql';

/**
 * The plain SQL sessions run on what a session holds. Recommendations and comments depend on
 * sessions, so sessions may not import them: what it needs of their tables is here, read-only,
 * with one write (`clearDispositions`). The session's own rows go through TypeORM's entity
 * manager; the vote counts are VoteRepository's, the frozen tallies the TallyRecorder's.
 */
@Injectable()
export class SessionRepository {
  /** Submitted recommendations and visible comments of each of these sessions. */
  async contentCounts(
    em: EntityManager,
    sessionIds: string[],
  ): Promise<{ recommendations: Map<string, number>; comments: Map<string, number> }> {
    const sql = new Sql(em);
    const marks = sessionIds.map(() => '?').join(', ');
    const count = async (table: string, where: string): Promise<Map<string, number>> => {
      if (sessionIds.length === 0) return new Map();
      const rows = await sql.rows<{ sessionId: string; n: string | number }>(
        `SELECT "sessionId", COUNT(*) AS "n" FROM "${table}" WHERE "sessionId" IN (${marks}) AND ${where} GROUP BY "sessionId"`,
        sessionIds,
      );
      return new Map(rows.map((r) => [r.sessionId, Number(r.n)]));
    };
    // One after another: inside a transaction they share one connection.
    const recommendations = await count('recommendations', `"status" = 'submitted'`);
    const comments = await count('comments', 'NOT "hidden"');
    return { recommendations, comments };
  }

  /**
   * A reopened session's votes can change again, so the dispositions made on its old tallies no
   * longer stand: the one write sessions make outside their own tables, in the reopen's
   * transaction. Answers how many recommendations it touched.
   */
  async clearDispositions(em: EntityManager, sessionId: string): Promise<number> {
    const sql = new Sql(em);
    const rows = await sql.rows<{ id: string }>(
      'UPDATE "recommendations" SET "disposition" = NULL, "dispositionNote" = NULL, "updatedAt" = ? WHERE "sessionId" = ? RETURNING "id"',
      [sql.now(), sessionId],
    );
    return rows.length;
  }
}
