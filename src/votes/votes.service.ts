import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/auth/actor';
import type { VoteValue } from '#contract';
import { TransactionRunner } from '../database/transaction-runner';
import { RecommendationAccess } from '../recommendations/recommendation-access';
import type { VoteTarget } from '../recommendations/recommendation.repository';
import { TallyRecorder } from '../tallies/tally-recorder';
import { VoteRepository } from '../tallies/vote.repository';
import type { VoteResponse } from './dto/vote.dto';
import { NotAllowed, StateConflict } from '../common/errors';

/**
 * Votes: one per delegate per recommendation (a unique index), changeable and withdrawable
 * until the session closes. The session's status is read inside the vote's own transaction
 * (under a share lock on PostgreSQL, behind the single writer on SQLite), so a vote racing a
 * close either commits first — and is in the frozen tally — or sees the closed session and
 * gets 409. Never counted after. This is the hottest path of a live session, so it is a
 * handful of plain statements (VoteRepository, TallyRecorder), and on PostgreSQL votes on one
 * recommendation run side by side: only one delegate's own votes take turns (see
 * RecommendationRepository.findForVote), and the counters are recounted once per broadcast
 * interval rather than by each vote (TallyRecorder).
 */
@Injectable()
export class VotesService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly access: RecommendationAccess,
    private readonly votes: VoteRepository,
    private readonly tallies: TallyRecorder,
  ) {}

  cast(actor: Actor, recommendationId: string, value: VoteValue): Promise<VoteResponse> {
    return this.transactions.run(async (tx) => {
      const ballot = await this.ballot(tx.em, actor, recommendationId);
      const existing = await this.votes.mine(tx.em, recommendationId, actor.id);
      if (existing?.value === value)
        return {
          recommendationId,
          tally: await this.tallies.current(tx.em, recommendationId),
          myVote: value,
        };
      if (existing) {
        await this.votes.change(tx.em, existing.id, value);
      } else {
        await this.votes.insert(tx.em, {
          recommendationId,
          sessionId: ballot.sessionId,
          participantId: actor.id,
          constituency: actor.constituency,
          value,
        });
      }
      const tally = await this.tallies.recordVoteChange(tx, ballot);
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
      const existing = await this.votes.mine(tx.em, recommendationId, actor.id);
      if (!existing)
        return {
          recommendationId,
          tally: await this.tallies.current(tx.em, recommendationId),
          myVote: null,
        };
      await this.votes.remove(tx.em, existing.id);
      const tally = await this.tallies.recordVoteChange(tx, ballot);
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
   * The recommendation as RecommendationAccess lets the actor see it (404 otherwise), then the
   * rules of voting, in the order of every other write: 404, 403, 409.
   */
  private async ballot(em: EntityManager, actor: Actor, id: string): Promise<VoteTarget> {
    const ballot = await this.access.loadForVote(em, actor, id);
    if (actor.role !== 'delegate') throw new NotAllowed('Only delegates vote');
    if (ballot.sessionStatus !== 'open' && ballot.sessionStatus !== 'voting') {
      throw new StateConflict(`Voting is not open: the session is ${ballot.sessionStatus}`);
    }
    if (ballot.status !== 'submitted')
      throw new StateConflict(`A ${ballot.status} recommendation cannot be voted on`);
    return ballot;
  }
}
