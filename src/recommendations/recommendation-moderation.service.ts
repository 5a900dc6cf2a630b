import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/auth/actor';
import type { Disposition, RecommendationView } from '#contract';
import { lockOption } from '../database/locks';
import { TransactionRunner } from '../database/transaction-runner';
import { TallyRecorder } from '../tallies/tally-recorder';
import { VoteRepository } from '../tallies/vote.repository';
import { proposeDisposition } from './disposition-rule';
import { RecommendationAccess, type RecommendationContext } from './recommendation-access';
import { RecommendationSponsor } from './recommendation-sponsor.entity';
import { Recommendation } from './recommendation.entity';
import { InvalidInput, NotAllowed, StateConflict } from '../common/errors';

/** What moderators do with recommendations: merge duplicates, hide abuse, record dispositions. */
@Injectable()
export class RecommendationModerationService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly access: RecommendationAccess,
    private readonly tallies: TallyRecorder,
    private readonly votes: VoteRepository,
  ) {}

  /**
   * Merges a duplicate into another recommendation of the same session. Nothing is silently lost:
   * the duplicate's author and co-sponsors become co-sponsors of the target; each delegate who
   * supported the duplicate and has not voted on the target gets a support vote on the target
   * (they can change it while voting is open); oppose and abstain votes are not carried over,
   * since opposing one wording says nothing about another. The duplicate keeps all its own votes
   * (frozen, for the record), and the audit entry says how many votes were carried and not.
   */
  merge(actor: Actor, id: string, intoId: string): Promise<RecommendationView> {
    if (id === intoId) throw new InvalidInput(['intoId must be another recommendation']);
    return this.transactions.run(async (tx) => {
      const source = await this.moderated(tx.em, actor, id);
      const target = await tx.em.findOne(Recommendation, {
        where: { id: intoId },
        ...lockOption(tx.em, 'pessimistic_write'),
      });
      if (!target || target.sessionId !== source.session.id)
        throw new InvalidInput(['intoId must be a recommendation of the same session']);
      if (source.session.status !== 'open')
        throw new StateConflict(
          `Merging is only possible while the session is open (it is ${source.session.status})`,
        );
      for (const r of [source.recommendation, target]) {
        if (r.status !== 'submitted')
          throw new StateConflict(
            `Recommendation ${r.id} is ${r.status} and cannot take part in a merge`,
          );
      }

      const duplicate = source.recommendation;
      duplicate.status = 'merged';
      duplicate.mergedIntoId = target.id;
      await tx.em.save(duplicate);

      const sponsors = await tx.em.find(RecommendationSponsor, {
        where: { recommendationId: duplicate.id },
      });
      const existingSponsors = new Set(
        (await tx.em.find(RecommendationSponsor, { where: { recommendationId: target.id } })).map(
          (s) => s.participantId,
        ),
      );
      const newSponsors = sponsors.filter((s) => !existingSponsors.has(s.participantId));
      if (newSponsors.length) {
        await tx.em.save(
          newSponsors.map((s) =>
            tx.em.create(RecommendationSponsor, {
              recommendationId: target.id,
              participantId: s.participantId,
              source: 'merge',
            }),
          ),
        );
      }

      const duplicateVotes = await this.votes.of(tx.em, duplicate.id);
      const votedOnTarget = await this.votes.voters(
        tx.em,
        target.id,
        duplicateVotes.map((v) => v.participantId),
      );
      const carried = duplicateVotes.filter(
        (v) => v.value === 'support' && !votedOnTarget.has(v.participantId),
      );
      if (carried.length) {
        for (const v of carried)
          await this.votes.insert(tx.em, {
            recommendationId: target.id,
            sessionId: target.sessionId,
            participantId: v.participantId,
            constituency: v.constituency,
            value: 'support',
          });
        const { tally, bridging, consensus } = await this.tallies.recompute(tx, target);
        Object.assign(target, {
          supportCount: tally.support,
          opposeCount: tally.oppose,
          abstainCount: tally.abstain,
          bridging,
          consensus,
        });
      }

      await this.audit.record(tx.em, {
        action: 'recommendation.merge',
        actor,
        conferenceId: duplicate.conferenceId,
        sessionId: duplicate.sessionId,
        targetType: 'recommendation',
        targetId: duplicate.id,
        details: {
          intoId: target.id,
          sponsorsAdded: newSponsors.map((s) => s.participantId),
          supportVotesCarried: carried.length,
          votesNotCarried: duplicateVotes.length - carried.length,
        },
      });
      await this.access.publish(tx, { ...source, recommendation: target }, actor);
      return this.access.publish(tx, source, actor);
    });
  }

  hide(actor: Actor, id: string, reason: string): Promise<RecommendationView> {
    return this.transactions.run(async (tx) => {
      const context = await this.moderated(tx.em, actor, id);
      const { recommendation, session } = context;
      if (session.status === 'closed') throw new StateConflict('The session is closed');
      if (recommendation.status === 'hidden')
        throw new StateConflict('The recommendation is already hidden');
      if (recommendation.status === 'merged')
        throw new StateConflict('A merged recommendation cannot be hidden');
      recommendation.status = 'hidden';
      recommendation.hiddenReason = reason;
      await tx.em.save(recommendation);
      await this.audit.record(tx.em, {
        action: 'recommendation.hide',
        actor,
        conferenceId: recommendation.conferenceId,
        sessionId: recommendation.sessionId,
        targetType: 'recommendation',
        targetId: id,
        details: { reason },
      });
      return this.access.publish(tx, context, actor);
    });
  }

  /** After close: confirm the rule's proposal or override it (an override is audited as such). */
  setDisposition(
    actor: Actor,
    id: string,
    disposition: Disposition,
    note?: string,
  ): Promise<RecommendationView> {
    return this.transactions.run(async (tx) => {
      const context = await this.moderated(tx.em, actor, id);
      const { recommendation, session, conference } = context;
      if (session.status !== 'closed')
        throw new StateConflict(
          `Dispositions are recorded after the session closes (it is ${session.status})`,
        );
      if (recommendation.status !== 'submitted')
        throw new StateConflict(`A ${recommendation.status} recommendation has no disposition`);
      const proposed = proposeDisposition(
        {
          support: recommendation.supportCount,
          oppose: recommendation.opposeCount,
          abstain: recommendation.abstainCount,
        },
        conference.adoptionRule,
      );
      const previous = recommendation.disposition;
      recommendation.disposition = disposition;
      recommendation.dispositionNote = note?.trim() ? note.trim() : null;
      await tx.em.save(recommendation);
      await this.audit.record(tx.em, {
        action:
          disposition === proposed
            ? 'recommendation.disposition'
            : 'recommendation.disposition_override',
        actor,
        conferenceId: recommendation.conferenceId,
        sessionId: recommendation.sessionId,
        targetType: 'recommendation',
        targetId: id,
        details: { disposition, proposed, previous, note: recommendation.dispositionNote },
      });
      return this.access.publish(tx, context, actor);
    });
  }

  private async moderated(
    em: Parameters<RecommendationAccess['load']>[0],
    actor: Actor,
    id: string,
  ): Promise<RecommendationContext> {
    const context = await this.access.load(em, actor, id, {
      recommendation: 'pessimistic_write',
      session: 'pessimistic_read',
    });
    if (!context.canModerate)
      throw new NotAllowed('Only this session’s moderators or the secretariat can do this');
    return context;
  }
}
