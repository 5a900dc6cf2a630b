import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/auth/actor';
import { NotAllowed, StateConflict } from '../common/http/errors';
import type { VoteValue } from '../contract/views';
import { TransactionRunner } from '../database/transaction-runner';
import {
  RecommendationAccess,
  type RecommendationContext,
} from '../recommendations/recommendation-access';
import type { VoteResponse } from './dto/vote.dto';
import { TallyRecorder } from './tally-recorder';
import { Vote } from './vote.entity';

/**
 * Votes: one per delegate per recommendation (a unique index), changeable and withdrawable
 * until the session closes. The session's status is read inside the vote's own transaction
 * (under a share lock on PostgreSQL), so a vote racing a close either commits first — and is
 * in the frozen tally — or sees the closed session and gets 409. Never counted after.
 */
@Injectable()
export class VotesService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly access: RecommendationAccess,
    private readonly tallies: TallyRecorder,
  ) {}

  cast(actor: Actor, recommendationId: string, value: VoteValue): Promise<VoteResponse> {
    return this.transactions.run(async (tx) => {
      const context = await this.votable(tx.em, actor, recommendationId);
      const existing = await tx.em.findOneBy(Vote, { recommendationId, participantId: actor.id });
      if (existing?.value === value) return this.response(context, value);
      const previous = existing?.value ?? null;
      if (existing) {
        existing.value = value;
        await tx.em.save(existing);
      } else {
        await tx.em.save(
          tx.em.create(Vote, {
            recommendationId,
            sessionId: context.session.id,
            participantId: actor.id,
            constituency: actor.constituency,
            value,
          }),
        );
      }
      await this.tallies.recompute(tx, context.recommendation);
      await this.audit.record(tx.em, {
        action: existing ? 'vote.change' : 'vote.cast',
        actor,
        conferenceId: context.recommendation.conferenceId,
        sessionId: context.session.id,
        targetType: 'recommendation',
        targetId: recommendationId,
        details: previous ? { from: previous, value } : { value },
      });
      return this.response(context, value);
    });
  }

  withdraw(actor: Actor, recommendationId: string): Promise<VoteResponse> {
    return this.transactions.run(async (tx) => {
      const context = await this.votable(tx.em, actor, recommendationId);
      const existing = await tx.em.findOneBy(Vote, { recommendationId, participantId: actor.id });
      if (!existing) return this.response(context, null);
      await tx.em.delete(Vote, { id: existing.id });
      await this.tallies.recompute(tx, context.recommendation);
      await this.audit.record(tx.em, {
        action: 'vote.withdraw',
        actor,
        conferenceId: context.recommendation.conferenceId,
        sessionId: context.session.id,
        targetType: 'recommendation',
        targetId: recommendationId,
        details: { value: existing.value },
      });
      return this.response(context, null);
    });
  }

  private async votable(
    em: Parameters<RecommendationAccess['load']>[0],
    actor: Actor,
    id: string,
  ): Promise<RecommendationContext> {
    const context = await this.access.load(em, actor, id, {
      recommendation: 'pessimistic_write',
      session: 'pessimistic_read',
    });
    if (actor.role !== 'delegate') throw new NotAllowed('Only delegates vote');
    if (context.session.status !== 'open' && context.session.status !== 'voting') {
      throw new StateConflict(`Voting is not open: the session is ${context.session.status}`);
    }
    if (context.recommendation.status !== 'submitted')
      throw new StateConflict(
        `A ${context.recommendation.status} recommendation cannot be voted on`,
      );
    return context;
  }

  private response(context: RecommendationContext, myVote: VoteValue | null): VoteResponse {
    const r = context.recommendation;
    return {
      recommendationId: r.id,
      tally: { support: r.supportCount, oppose: r.opposeCount, abstain: r.abstainCount },
      myVote,
    };
  }
}
