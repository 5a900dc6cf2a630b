import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { VoteValue } from '#contract';
import { Sql } from '../database/sql';
import type { VoteCount } from './tally';

export interface VoteRow {
  id: string;
  participantId: string;
  constituency: string | null;
  value: VoteValue;
}

export interface NewVote {
  recommendationId: string;
  sessionId: string;
  participantId: string;
  constituency: string | null;
  value: VoteValue;
}

/**
 * The `votes` table: every statement on it that a feature makes (casting, counting, the viewer's
 * own votes, merges carrying support). Plain SQL: a vote is on the hot path of a live session.
 * Here, not in src/votes, so that recommendations (lists, merges) and votes (casting) both use it
 * without depending on each other.
 */
@Injectable()
export class VoteRepository {
  /** The votes of these participants on these recommendations, keyed by ballotKey(). */
  async minesOf(
    em: EntityManager,
    participantIds: string[],
    recommendationIds: string[],
  ): Promise<Map<string, { id: string; value: VoteValue }>> {
    const people = [...new Set(participantIds)];
    const texts = [...new Set(recommendationIds)];
    if (people.length === 0 || texts.length === 0) return new Map();
    const rows = await new Sql(em).rows<{
      id: string;
      value: VoteValue;
      participantId: string;
      recommendationId: string;
    }>(
      `SELECT "id", "value", "participantId", "recommendationId" FROM "votes" WHERE "recommendationId" IN (${marks(texts)}) AND "participantId" IN (${marks(people)})`,
      [...texts, ...people],
    );
    return new Map(
      rows.map((r) => [
        ballotKey(r.participantId, r.recommendationId),
        { id: r.id, value: r.value },
      ]),
    );
  }

  /** One participant's votes on these recommendations, by recommendation. */
  async valuesOf(
    em: EntityManager,
    participantId: string,
    recommendationIds: string[],
  ): Promise<Map<string, VoteValue>> {
    if (recommendationIds.length === 0) return new Map();
    const rows = await new Sql(em).rows<{ recommendationId: string; value: VoteValue }>(
      `SELECT "recommendationId", "value" FROM "votes" WHERE "participantId" = ? AND "recommendationId" IN (${marks(recommendationIds)})`,
      [participantId, ...recommendationIds],
    );
    return new Map(rows.map((r) => [r.recommendationId, r.value]));
  }

  of(em: EntityManager, recommendationId: string): Promise<VoteRow[]> {
    return new Sql(em).rows<VoteRow>(
      'SELECT "id", "participantId", "constituency", "value" FROM "votes" WHERE "recommendationId" = ? ORDER BY "createdAt", "id"',
      [recommendationId],
    );
  }

  /** Which of these participants have voted on the recommendation. */
  async voters(
    em: EntityManager,
    recommendationId: string,
    participantIds: string[],
  ): Promise<Set<string>> {
    if (participantIds.length === 0) return new Set();
    const rows = await new Sql(em).rows<{ participantId: string }>(
      `SELECT "participantId" FROM "votes" WHERE "recommendationId" = ? AND "participantId" IN (${marks(participantIds)})`,
      [recommendationId, ...participantIds],
    );
    return new Set(rows.map((r) => r.participantId));
  }

  async insert(em: EntityManager, vote: NewVote): Promise<void> {
    await this.insertMany(em, [vote]);
  }

  /** insert() of several votes in one statement. */
  async insertMany(em: EntityManager, votes: NewVote[]): Promise<void> {
    if (votes.length === 0) return;
    const sql = new Sql(em);
    const now = sql.now();
    await sql.run(
      `INSERT INTO "votes" ("id", "createdAt", "updatedAt", "recommendationId", "sessionId", "participantId", "constituency", "value") VALUES ${votes.map(() => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
      votes.flatMap((vote) => [
        sql.id(),
        now,
        now,
        vote.recommendationId,
        vote.sessionId,
        vote.participantId,
        vote.constituency,
        vote.value,
      ]),
    );
  }

  async change(em: EntityManager, id: string, value: VoteValue): Promise<void> {
    const sql = new Sql(em);
    await sql.run('UPDATE "votes" SET "value" = ?, "updatedAt" = ? WHERE "id" = ?', [
      value,
      sql.now(),
      id,
    ]);
  }

  async removeMany(em: EntityManager, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await new Sql(em).run(`DELETE FROM "votes" WHERE "id" IN (${marks(ids)})`, ids);
  }

  /** One recommendation's votes grouped by value and constituency (an indexed aggregate). */
  async counts(em: EntityManager, recommendationId: string): Promise<VoteCount[]> {
    const rows = await new Sql(em).rows<{
      value: VoteValue;
      constituency: string | null;
      count: string | number;
    }>(
      'SELECT "value", "constituency", COUNT(*) AS "count" FROM "votes" WHERE "recommendationId" = ? GROUP BY "value", "constituency"',
      [recommendationId],
    );
    return rows.map((r) => ({ ...r, count: Number(r.count) }));
  }

  /** counts() of several recommendations in one statement, by recommendation. */
  async countsOf(
    em: EntityManager,
    recommendationIds: string[],
  ): Promise<Map<string, VoteCount[]>> {
    const counts = new Map<string, VoteCount[]>();
    if (recommendationIds.length === 0) return counts;
    const rows = await new Sql(em).rows<{
      recommendationId: string;
      value: VoteValue;
      constituency: string | null;
      count: string | number;
    }>(
      `SELECT "recommendationId", "value", "constituency", COUNT(*) AS "count" FROM "votes" WHERE "recommendationId" IN (${marks(recommendationIds)}) GROUP BY "recommendationId", "value", "constituency"`,
      recommendationIds,
    );
    for (const { recommendationId, value, constituency, count } of rows) {
      const list = counts.get(recommendationId) ?? [];
      list.push({ value, constituency, count: Number(count) });
      counts.set(recommendationId, list);
    }
    return counts;
  }

  /** How many votes each of these sessions holds. */
  async countBySession(em: EntityManager, sessionIds: string[]): Promise<Map<string, number>> {
    if (sessionIds.length === 0) return new Map();
    const rows = await new Sql(em).rows<{ sessionId: string; n: string | number }>(
      `SELECT "sessionId", COUNT(*) AS "n" FROM "votes" WHERE "sessionId" IN (${marks(sessionIds)}) GROUP BY "sessionId"`,
      sessionIds,
    );
    return new Map(rows.map((r) => [r.sessionId, Number(r.n)]));
  }
}

function marks(values: unknown[]): string {
  return values.map(() => '?').join(', ');
}

/** A delegate's ballot on a recommendation: at most one vote (a unique index). */
export function ballotKey(participantId: string, recommendationId: string): string {
  return `${participantId} ${recommendationId}`;
}
