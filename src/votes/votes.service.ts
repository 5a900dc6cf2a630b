import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { canAccessConference, type Actor } from '../common/auth/actor';
import type { RecommendationStatus, SessionStatus, Tally, VoteValue } from '#contract';
import { Sql } from '../database/sql';
import { TransactionRunner } from '../database/transaction-runner';
import type { VoteResponse } from './dto/vote.dto';
import { TallyRecorder, type TallyTarget } from './tally-recorder';
import { EntityNotFound, NotAllowed, StateConflict } from '../common/errors';

interface Ballot extends TallyTarget {
  status: RecommendationStatus;
  sessionStatus: SessionStatus;
}

/**
 * Votes: one per delegate per recommendation (a unique index), changeable and withdrawable
 * until the session closes. The session's status is read inside the vote's own transaction
 * (under a share lock on PostgreSQL, behind the single writer on SQLite), so a vote racing a
 * close either commits first — and is in the frozen tally — or sees the closed session and
 * gets 409. Never counted after. This is the hottest path of a live session, so it is a
 * handful of plain statements.
 */
@Injectable()
export class VotesService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly tallies: TallyRecorder,
  ) {}

  cast(actor: Actor, recommendationId: string, value: VoteValue): Promise<VoteResponse> {
    return this.transactions.run(async (tx) => {
      const ballot = await this.ballot(tx.em, actor, recommendationId);
      const sql = new Sql(tx.em);
      const existing = await sql.one<{ id: string; value: VoteValue }>(
        'SELECT "id", "value" FROM "votes" WHERE "recommendationId" = ? AND "participantId" = ?',
        [recommendationId, actor.id],
      );
      if (existing?.value === value)
        return {
          recommendationId,
          tally: await this.currentTally(tx.em, recommendationId),
          myVote: value,
        };
      if (existing) {
        await sql.run('UPDATE "votes" SET "value" = ?, "updatedAt" = ? WHERE "id" = ?', [
          value,
          sql.now(),
          existing.id,
        ]);
      } else {
        const now = sql.now();
        await sql.run(
          'INSERT INTO "votes" ("id", "createdAt", "updatedAt", "recommendationId", "sessionId", "participantId", "constituency", "value") VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
          [
            sql.id(),
            now,
            now,
            recommendationId,
            ballot.sessionId,
            actor.id,
            actor.constituency,
            value,
          ],
        );
      }
      const { tally } = await this.tallies.recompute(tx, ballot);
      await this.audit.record(tx.em, {
        action: existing ? 'vote.change' : 'vote.cast',
        actor,
        conferenceId: ballot.conferenceId,
        sessionId: ballot.sessionId,
        targetType: 'recommendation',
        targetId: recommendationId,
        details: existing ? { from: existing.value, value } : { value },
      });
      return { recommendationId, tally, myVote: value };
    });
  }

  withdraw(actor: Actor, recommendationId: string): Promise<VoteResponse> {
    return this.transactions.run(async (tx) => {
      const ballot = await this.ballot(tx.em, actor, recommendationId);
      const sql = new Sql(tx.em);
      const existing = await sql.one<{ id: string; value: VoteValue }>(
        'SELECT "id", "value" FROM "votes" WHERE "recommendationId" = ? AND "participantId" = ?',
        [recommendationId, actor.id],
      );
      if (!existing)
        return {
          recommendationId,
          tally: await this.currentTally(tx.em, recommendationId),
          myVote: null,
        };
      await sql.run('DELETE FROM "votes" WHERE "id" = ?', [existing.id]);
      const { tally } = await this.tallies.recompute(tx, ballot);
      await this.audit.record(tx.em, {
        action: 'vote.withdraw',
        actor,
        conferenceId: ballot.conferenceId,
        sessionId: ballot.sessionId,
        targetType: 'recommendation',
        targetId: recommendationId,
        details: { value: existing.value },
      });
      return { recommendationId, tally, myVote: null };
    });
  }

  /**
   * The recommendation and its session's status, locked on PostgreSQL (the recommendation FOR
   * UPDATE so its votes are counted one transaction at a time, the session FOR SHARE so a close
   * waits for votes in flight). Checks in the order of every other write: 404, 403, 409.
   */
  private async ballot(em: EntityManager, actor: Actor, id: string): Promise<Ballot> {
    const sql = new Sql(em);
    const ballot = await sql.one<Ballot>(
      'SELECT r."id", r."conferenceId", r."sessionId", r."status", s."status" AS "sessionStatus" FROM "recommendations" r JOIN "sessions" s ON s."id" = r."sessionId" WHERE r."id" = ?' +
        sql.lock('FOR UPDATE OF r FOR SHARE OF s'),
      [id],
    );
    // Only delegates vote, and delegates never moderate: a hidden recommendation does not exist for them.
    if (
      !ballot ||
      !canAccessConference(actor, ballot.conferenceId) ||
      (ballot.status === 'hidden' && actor.role === 'delegate')
    ) {
      throw new EntityNotFound('Recommendation', id);
    }
    if (actor.role !== 'delegate') throw new NotAllowed('Only delegates vote');
    if (ballot.sessionStatus !== 'open' && ballot.sessionStatus !== 'voting') {
      throw new StateConflict(`Voting is not open: the session is ${ballot.sessionStatus}`);
    }
    if (ballot.status !== 'submitted')
      throw new StateConflict(`A ${ballot.status} recommendation cannot be voted on`);
    return ballot;
  }

  private async currentTally(em: EntityManager, id: string): Promise<Tally> {
    const row = await new Sql(em).one<{ support: number; oppose: number; abstain: number }>(
      'SELECT "supportCount" AS "support", "opposeCount" AS "oppose", "abstainCount" AS "abstain" FROM "recommendations" WHERE "id" = ?',
      [id],
    );
    return {
      support: Number(row?.support ?? 0),
      oppose: Number(row?.oppose ?? 0),
      abstain: Number(row?.abstain ?? 0),
    };
  }
}
